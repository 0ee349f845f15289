/// A configuration section that cannot be used, saying where (the key path) and why.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    /// Turns a decoding failure into `key.path[index]: problem`.
    public init(decoding error: any Error) {
        guard let decoding = error as? DecodingError else { self.init("cannot read the configuration: \(error)"); return }
        func path(_ keys: [any CodingKey]) -> String {
            String(keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { $0 == Character(".") }))
        }
        switch decoding {
        case .dataCorrupted(let c): self.init("\(path(c.codingPath)): \(c.debugDescription)")
        case .keyNotFound(let key, let c): self.init("\(path(c.codingPath + [key])): missing")
        case .typeMismatch(_, let c), .valueNotFound(_, let c): self.init("\(path(c.codingPath)): \(c.debugDescription)")
        @unknown default: self.init("cannot read the configuration: \(error)")
        }
    }
}
