/// A JSON number as written in the source. The text is kept because a conversion to `Double` would lose
/// digits (long integer ids, trailing zeros, exponents) and an export must not change a byte of meaning.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's text; always valid JSON number syntax.
    public let text: String

    /// For text already checked by a parser.
    init(unchecked text: String) { self.text = text }

    /// Checks that `text` is a JSON number (`-12`, `3.5e-2`; not `+1`, `.5`, `NaN`).
    public init?(text: String) {
        guard case .number(let number)? = try? JSONValue(json: Array(text.utf8)) else { return nil }
        self = number
    }

    public init(_ value: Int) { text = String(value) }

    /// `nil` for infinities and NaN, which JSON cannot express.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // Swift prints the shortest text that reads back as the same Double, and it is valid JSON
        // ("0.1", "1e-05", "-0.0").
        text = "\(value)"
    }

    public var double: Double? { Double(text) }
    /// The value as an integer when the text is one (`"42"`, not `"42.0"`).
    public var int: Int? { Int(text) }
    public var description: String { text }
}
