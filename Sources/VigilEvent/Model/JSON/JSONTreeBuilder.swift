/// Builds a `JSONValue` from bytes that `FieldPlan.scan` has already validated.
///
/// Validation stays in one place (the lead scanner, `JSONWalker`): this builder trusts the grammar and only
/// follows the structure, which keeps it short. It must never see unvalidated bytes.
struct JSONTreeBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int

    mutating func value() -> JSONValue {
        skipWhitespace()
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            var entries: [JSONObject.Entry] = []
            while next() != UInt8(ascii: "}") {
                let key = string()
                skipWhitespace()
                pos += 1  // ':'
                entries.append(JSONObject.Entry(key, value()))
                if next() == UInt8(ascii: ",") { pos += 1 }
            }
            pos += 1
            return .object(JSONObject(entries))
        case UInt8(ascii: "["):
            pos += 1
            var items: [JSONValue] = []
            while next() != UInt8(ascii: "]") {
                items.append(value())
                if next() == UInt8(ascii: ",") { pos += 1 }
            }
            pos += 1
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(string())
        case UInt8(ascii: "t"):
            pos += 4
            return .bool(true)
        case UInt8(ascii: "f"):
            pos += 5
            return .bool(false)
        case UInt8(ascii: "n"):
            pos += 4
            return .null
        default:
            let start = pos
            while pos < bytes.count, Self.isNumberByte(bytes[pos]) { pos += 1 }
            return .number(JSONNumber(unchecked: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)))
        }
    }

    /// The next significant byte, without consuming it.
    private mutating func next() -> UInt8 {
        skipWhitespace()
        return bytes[pos]
    }

    /// Reads a string starting at its opening quote.
    private mutating func string() -> String {
        pos += 1
        let start = pos
        var escaped = false
        while bytes[pos] != UInt8(ascii: "\"") {
            if bytes[pos] == UInt8(ascii: "\\") {
                escaped = true
                pos += 1  // the escaped byte cannot be the closing quote
            }
            pos += 1
        }
        defer { pos += 1 }
        return JSONString.decode(UnsafeBufferPointer(rebasing: bytes[start..<pos]), escaped: escaped)
    }

    private mutating func skipWhitespace() {
        pos = VigilEvent.skipWhitespace(bytes, pos)
    }

    private static func isNumberByte(_ c: UInt8) -> Bool {
        isDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c | 0x20 == UInt8(ascii: "e")
    }
}
