/// One thing wrong with a configuration, with where it is: the key path (`integrations[1].org_url`), and the
/// file position or environment variable it came from.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// `file.yml:12:5`, `VIGIL_LISTEN`, `--org-url`: where the offending value was written.
    public var origin: String?

    public init(path: String, message: String, origin: String? = nil) {
        self.path = path
        self.message = message
        self.origin = origin
    }

    public var description: String {
        (origin.map { "\($0): " } ?? "") + (path.isEmpty ? "" : "\(path): ") + message
    }
}

/// Every problem a configuration has, reported together so one run of `vigil config check` shows all that needs
/// fixing.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigProblem]

    public init(problems: [ConfigProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
