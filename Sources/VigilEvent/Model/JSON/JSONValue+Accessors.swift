extension JSONValue {
    /// The string, if this is one.
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var numberValue: JSONNumber? { if case .number(let n) = self { n } else { nil } }
    public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    public var isNull: Bool { self == .null }

    /// A member of an object (`nil` for other values or a missing key).
    public subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// Scalars as text, as the byte scanner's `OktaEvent.text(_:)` gives them: strings unescaped, numbers
    /// and booleans as written; `nil` for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let s): s
        case .number(let n): n.text
        case .bool(let b): b ? "true" : "false"
        case .null, .array, .object: nil
        }
    }
}
