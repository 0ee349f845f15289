/// A part of a System Log event decoded into typed fields, which keeps whatever it does not model.
///
/// Every Okta object type conforms the same way: a table of its modeled keys (`fields`) drives decoding from
/// and encoding to an ordered `JSONObject`, so a type only declares its properties. Decoding never fails:
/// Okta sends some values with varying types (`isProxy` as a bool or a string, `postalCode` as a string or a
/// number), so a value is converted when it can be and remembered as sent (`SourceLayout`); keys a type does
/// not know land in `additionalFields`. Encoding writes keys back in their original order, with explicit
/// nulls, and with the value as sent wherever the typed property still holds what was decoded from it.
public protocol LogObject: Codable, Sendable, Equatable {
    /// An object with no fields set.
    init()
    /// The keys this type models.
    static var fields: [LogField<Self>] { get }
    /// Keys this type does not model, in their original order.
    var additionalFields: JSONObject { get set }
    /// How the object looked in its source.
    var sourceLayout: SourceLayout { get set }
}

extension LogObject {
    /// Decodes an object; never fails (see `LogObject`).
    public init(object: JSONObject) {
        self.init()
        var reader = FieldReader(object)
        for field in Self.fields { field.read(&self, &reader) }
        additionalFields = reader.unread
        sourceLayout = reader.layout
    }

    /// The object as JSON, modeled and additional keys together.
    public var jsonObject: JSONObject {
        var writer = FieldWriter(layout: sourceLayout)
        for field in Self.fields { field.write(self, &writer) }
        return writer.finish(additional: additionalFields)
    }

    public init(from decoder: any Decoder) throws {
        guard case .object(let object) = try JSONValue(from: decoder) else {
            throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a JSON object"))
        }
        self.init(object: object)
    }

    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(jsonObject).encode(to: encoder)
    }
}
