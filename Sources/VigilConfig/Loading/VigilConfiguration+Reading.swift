import Foundation

extension VigilConfiguration {
    /// Reads and checks a configuration file, with environment overrides applied. Throws every problem found.
    /// `checkSecrets: false` skips reading the secrets, for commands that only need the rest (listing integrations,
    /// finding the data directory) and may run where the secrets are not available.
    public init(file path: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                checkSecrets: Bool = true) throws(ConfigError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(problems: [ConfigProblem(path: "", message: "cannot read the configuration file", origin: path)])
        }
        try self.init(node: ConfigNode(yaml: String(decoding: data, as: UTF8.self), file: path), environment: environment,
                      checkSecrets: checkSecrets)
    }

    /// Reads a configuration tree (from YAML or from flags), applies environment overrides and checks it.
    public init(node: ConfigNode, environment: [String: String] = ProcessInfo.processInfo.environment, checkSecrets: Bool = true) throws(ConfigError) {
        var node = node
        var reader = ConfigReader()
        EnvironmentOverrides(environment: environment).apply(to: &node, reader: &reader)
        let configuration = Self.read(node, &reader)
        var problems = reader.problems
        if let configuration { problems += configuration.problems(environment: environment, checkSecrets: checkSecrets) }
        guard let configuration, problems.isEmpty else { throw ConfigError(problems: problems) }
        self = configuration
    }

    static let topLevelKeys: Set<String> = ["listen", "tls", "data_dir", "hooks", "integrations", "detection"]

    private static func read(_ node: ConfigNode, _ r: inout ConfigReader) -> VigilConfiguration? {
        guard case .map(let entries, _) = node else {
            r.problem("", node, "the configuration must be a mapping (listen:, data_dir:, integrations:, ...)")
            return nil
        }
        // Sections this build does not know are kept for the components that read them.
        let other = entries.filter { !topLevelKeys.contains($0.key) }
        guard let fields = r.map(.map(entries.filter { topLevelKeys.contains($0.key) }, origin: node.origin), "", known: topLevelKeys) else { return nil }
        var config = VigilConfiguration()
        config.otherSections = Dictionary(other.map { ($0.key, $0.value.yaml) }, uniquingKeysWith: { $1 })
        if let text = r.string(fields, "listen") {
            if let address = ListenAddress(parsing: text) { config.listen = address } else {
                r.problem("listen", fields["listen"], "must be host:port (e.g. 127.0.0.1:8080 or [::1]:8443), not '\(text)'")
            }
        }
        if let tls = fields["tls"], let t = r.map(tls, "tls", known: ["cert_file", "key_file"]) {
            let cert = r.string(t, "cert_file"), key = r.string(t, "key_file")
            if let cert, let key { config.tls = TLS(certificateFile: cert, keyFile: key) } else {
                r.problem("tls", tls, "needs both cert_file and key_file")
            }
        }
        if let dir = r.string(fields, "data_dir") { config.dataDirectory = dir }
        if let hooks = fields["hooks"], let h = r.map(hooks, "hooks", known: ["max_body_bytes"]), let size = r.number(h, "max_body_bytes") {
            if size >= 1024, size == size.rounded() { config.maxHookBodyBytes = Int(size) } else {
                r.problem("hooks.max_body_bytes", h["max_body_bytes"], "must be a whole number of bytes, at least 1024")
            }
        }
        if let list = fields["integrations"] {
            if case .list(let items, _) = list {
                config.integrations = items.enumerated().compactMap { i, item in
                    IntegrationConfiguration.read(item, "integrations[\(i)]", &r)
                }
            } else {
                r.problem("integrations", list, "must be a list of integrations (- id: ...)")
            }
        }
        if let detection = fields["detection"] {
            config.detection = DetectionConfiguration.read(detection, &r)
        }
        return config
    }
}

extension DetectionConfiguration {
    static func read(_ node: ConfigNode, _ r: inout ConfigReader) -> DetectionConfiguration {
        guard case .map(let entries, _) = node else {
            r.problem("detection", node, "must be a mapping (rules_dir:, disabled_rules:, ...)")
            return DetectionConfiguration()
        }
        // Only this engine's keys are checked here; the section is open to other detection components.
        let fields = ConfigReader.Fields(path: "detection", entries: entries)
        return DetectionConfiguration(rulesDirectory: r.string(fields, "rules_dir"),
                                      disabledRules: r.strings(fields, "disabled_rules") ?? [], raw: node.yaml)
    }
}
