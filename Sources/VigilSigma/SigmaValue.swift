/// One value in a detection, as written in the rule: Sigma treats values as strings, but keeps `null` apart and
/// remembers numbers and booleans for the numeric and existence modifiers.
public enum SigmaValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    /// A YAML number, kept as written.
    case number(String)
    case bool(Bool)
    case null

    /// The value as text: how it compares against event fields.
    public var text: String? {
        switch self {
        case .string(let s), .number(let s): s
        case .bool(let b): b ? "true" : "false"
        case .null: nil
        }
    }

    public var description: String { text.map { "\"\($0)\"" } ?? "null" }
}
