/// Errors the store reports, each saying what went wrong in words an operator can act on.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case compression(String)
    case notFound(String)
    case invalidQuery(String)
    case dataDirectory(String)

    public var description: String {
        switch self {
        case .compression(let m): "compression: \(m)"
        case .notFound(let m): "not found: \(m)"
        case .invalidQuery(let m): "invalid query: \(m)"
        case .dataDirectory(let m): "data directory: \(m)"
        }
    }
}
