/// Why an account change was refused.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case usernameTaken(String)

    public var description: String {
        switch self {
        case .usernameTaken(let name): "an account named '\(name)' already exists"
        }
    }
}
