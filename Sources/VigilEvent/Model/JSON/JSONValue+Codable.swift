/// `Codable` for use with other coders (`JSONEncoder` in the API layer, for example). Vigil's own entry points
/// (`JSONValue(json:)`, `LogEvent.encodedJSON()`) bypass it: a generic decoder cannot hand over a number's text
/// or, for `JSONDecoder`, an object's key order, so through it numbers become `Int64`/`Double` and key order
/// is whatever the coder reports.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var object = JSONObject()
            for key in keyed.allKeys {
                object.entries.append(JSONObject.Entry(key.stringValue, try keyed.decode(JSONValue.self, forKey: key)))
            }
            self = .object(object)
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(items)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let b = try? single.decode(Bool.self) {
                self = .bool(b)
            } else if let i = try? single.decode(Int.self) {
                self = .number(JSONNumber(i))
            } else if let d = try? single.decode(Double.self), let n = JSONNumber(d) {
                self = .number(n)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let items):
            var unkeyed = encoder.unkeyedContainer()
            for item in items { try unkeyed.encode(item) }
        case .object(let object):
            var keyed = encoder.container(keyedBy: AnyCodingKey.self)
            for entry in object.entries { try keyed.encode(entry.value, forKey: AnyCodingKey(entry.key)) }
        default:
            var single = encoder.singleValueContainer()
            switch self {
            case .bool(let b): try single.encode(b)
            case .string(let s): try single.encode(s)
            case .number(let n):
                if let i = n.int { try single.encode(i) } else { try single.encode(n.double ?? 0) }
            default: try single.encodeNil()
            }
        }
    }
}
