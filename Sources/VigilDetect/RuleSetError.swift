import VigilSigma

/// Everything that went wrong loading rules: each problem names the file and rule (see `SigmaError`).
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
    public var problems: [SigmaError]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
