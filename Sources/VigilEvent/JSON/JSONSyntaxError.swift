/// A JSON syntax problem found while scanning, with the byte offset where it was noticed.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset, relative to the start of the scanned buffer.
    public var offset: Int
    public var reason: String
    /// True when the input simply stopped before the value was complete, which a streaming
    /// reader treats as "wait for more bytes" rather than as a malformed record.
    public var isEndOfInput: Bool

    public init(offset: Int, reason: String, isEndOfInput: Bool = false) {
        self.offset = offset
        self.reason = reason
        self.isEndOfInput = isEndOfInput
    }

    public var description: String { "\(reason) at byte \(offset)" }
}
