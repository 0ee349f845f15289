import Yams

/// The `detection:` section. Vigil's rule engine reads `rules_dir` and `disabled_rules`; other detection
/// components read their own keys from `raw` (`decode(_:)`), so the section grows without this module knowing.
public struct DetectionConfiguration: Sendable, Hashable {
    /// A directory of the user's Sigma rules, loaded after the managed pack.
    public var rulesDirectory: String?
    /// Rule ids (or titles) that stay off.
    public var disabledRules: [String]
    /// The whole section as YAML, for components that define further keys.
    public var raw: String

    public init(rulesDirectory: String? = nil, disabledRules: [String] = [], raw: String = "") {
        self.rulesDirectory = rulesDirectory
        self.disabledRules = disabledRules
        self.raw = raw
    }

    /// Decodes the section (or a type describing part of it) with `Codable`.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try YAMLDecoder().decode(type, from: raw.isEmpty ? "{}" : raw)
    }
}
