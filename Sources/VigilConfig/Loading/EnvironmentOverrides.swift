/// Environment variables that override configuration values, for containers and secrets managers:
/// `VIGIL_LISTEN`, `VIGIL_DATA_DIR`, `VIGIL_TLS_CERT_FILE`, `VIGIL_TLS_KEY_FILE`, `VIGIL_HOOK_MAX_BODY_BYTES`,
/// `VIGIL_RULES_DIR`, and per integration `VIGIL_INTEGRATION_<ID>_<KEY>`, where `<ID>` is the integration's id
/// upper-cased with other characters than letters and digits as `_` (`acme-prod` → `ACME_PROD`), and `<KEY>` one
/// of `integrationKeys`. An override is checked like the value it replaces, and problems name the variable.
struct EnvironmentOverrides {
    let environment: [String: String]

    static let topLevel: [String: [String]] = [
        "VIGIL_LISTEN": ["listen"], "VIGIL_DATA_DIR": ["data_dir"],
        "VIGIL_TLS_CERT_FILE": ["tls", "cert_file"], "VIGIL_TLS_KEY_FILE": ["tls", "key_file"],
        "VIGIL_HOOK_MAX_BODY_BYTES": ["hooks", "max_body_bytes"], "VIGIL_RULES_DIR": ["detection", "rules_dir"],
    ]

    static let integrationPrefix = "VIGIL_INTEGRATION_"

    static let integrationKeys: [String: [String]] = [
        "ORG_URL": ["org_url"], "API_TOKEN_ENV": ["api_token_env"], "API_TOKEN_FILE": ["api_token_file"],
        "POLL_ENABLED": ["poll", "enabled"], "POLL_INTERVAL": ["poll", "interval"], "POLL_BACKFILL": ["poll", "backfill"],
        "HOOKS_ENABLED": ["hooks", "enabled"], "HOOKS_AUTH_HEADER": ["hooks", "auth_header"],
        "HOOKS_SECRET_ENV": ["hooks", "secret_env"], "HOOKS_SECRET_FILE": ["hooks", "secret_file"],
        "EVENTBRIDGE_QUEUE_URL": ["eventbridge", "queue_url"], "EVENTBRIDGE_REGION": ["eventbridge", "region"],
        "EVENTBRIDGE_ENDPOINT": ["eventbridge", "endpoint"], "RATE_LIMIT_RESERVE": ["rate_limit_reserve"],
        "INVENTORY_ENABLED": ["inventory", "enabled"], "INVENTORY_INTERVAL": ["inventory", "interval"],
    ]

    /// `acme-prod` → `ACME_PROD`.
    static func variableName(for id: String) -> String {
        String(id.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    func apply(to root: inout ConfigNode, reader: inout ConfigReader) {
        guard case .map = root else { return }
        for (name, path) in Self.topLevel {
            guard let value = environment[name] else { continue }
            root.set(path.map { .key($0) }[...], to: .scalar(value, origin: name))
        }
        let ids = integrationIDs(root)
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) where name.hasPrefix(Self.integrationPrefix) {
            let rest = name.dropFirst(Self.integrationPrefix.count)
            let match = ids.enumerated().lazy.compactMap { index, id -> (Int, [String])? in
                let prefix = Self.variableName(for: id) + "_"
                guard rest.hasPrefix(prefix), let path = Self.integrationKeys[String(rest.dropFirst(prefix.count))] else { return nil }
                return (index, path)
            }.first
            guard let (index, path) = match else {
                reader.problem(origin: name,
                    "names no configured integration and key (expected \(Self.integrationPrefix)<ID>_<KEY>, with <ID> one of "
                        + "\(ids.map(Self.variableName).joined(separator: ", ")) and <KEY> one of \(Self.integrationKeys.keys.sorted().joined(separator: ", ")))")
                continue
            }
            let steps: [ConfigNode.PathStep] = [.key("integrations"), .index(index)] + path.map { .key($0) }
            root.set(steps[...], to: .scalar(value, origin: name))
        }
    }

    private func integrationIDs(_ root: ConfigNode) -> [String] {
        guard case .map(let entries, _) = root, case .list(let items, _)? = entries.last(where: { $0.key == "integrations" })?.value else { return [] }
        return items.map { item in
            guard case .map(let fields, _) = item, case .scalar(let id, _)? = fields.last(where: { $0.key == "id" })?.value else { return "" }
            return id
        }
    }
}
