/// The ingestion service's whole configuration, as read from YAML (`VigilConfiguration(yaml:)`), with environment
/// overrides applied, or built from `vigil serve` flags for a single org.
public struct VigilConfiguration: Sendable, Hashable {
    public var listen: ListenAddress
    public var tls: TLS?
    /// Where the embedded SQLite store lives.
    public var dataDirectory: String
    /// The largest hook delivery body accepted (Okta's deliveries are far smaller).
    public var maxHookBodyBytes: Int
    public var integrations: [IntegrationConfiguration]
    public var detection: DetectionConfiguration
    /// Top-level sections this build does not read, as YAML, for components that define them.
    public var otherSections: [String: String]

    public init(listen: ListenAddress = .default, tls: TLS? = nil, dataDirectory: String = Self.defaultDataDirectory,
                maxHookBodyBytes: Int = Self.defaultMaxHookBodyBytes, integrations: [IntegrationConfiguration] = [],
                detection: DetectionConfiguration = DetectionConfiguration(), otherSections: [String: String] = [:]) {
        self.listen = listen
        self.tls = tls
        self.dataDirectory = dataDirectory
        self.maxHookBodyBytes = maxHookBodyBytes
        self.integrations = integrations
        self.detection = detection
        self.otherSections = otherSections
    }

    public static let defaultDataDirectory = "vigil-data"
    public static let defaultMaxHookBodyBytes = 10 << 20

    /// HTTPS: a certificate chain and its private key, both PEM files.
    public struct TLS: Sendable, Hashable {
        public var certificateFile: String
        public var keyFile: String

        public init(certificateFile: String, keyFile: String) {
            self.certificateFile = certificateFile
            self.keyFile = keyFile
        }
    }

    public func integration(_ id: String) -> IntegrationConfiguration? { integrations.first { $0.id == id } }
}
