extension JSONValue {
    /// The value as JSON text: compact, or indented by two spaces for people to read. Numbers are written
    /// with their original text and object keys in their order.
    public func serialized(pretty: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    /// `serialized(pretty:)` as a `String`.
    public func jsonText(pretty: Bool = false) -> String {
        String(decoding: serialized(pretty: pretty), as: UTF8.self)
    }

    /// `indent` is the current depth when pretty-printing, `nil` for compact output.
    private func write(into out: inout [UInt8], indent: Int?) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += n.text.utf8
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            Self.writeContainer(items, open: "[", close: "]", into: &out, indent: indent) { item, out, inner in
                item.write(into: &out, indent: inner)
            }
        case .object(let object):
            Self.writeContainer(object.entries, open: "{", close: "}", into: &out, indent: indent) { entry, out, inner in
                Self.writeString(entry.key, into: &out)
                out += (inner == nil ? ":" : ": ").utf8
                entry.value.write(into: &out, indent: inner)
            }
        }
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        JSONString.appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private static func writeContainer<Element>(_ elements: [Element], open: Unicode.Scalar, close: Unicode.Scalar,
                                                into out: inout [UInt8], indent: Int?,
                                                _ writeElement: (Element, inout [UInt8], Int?) -> Void) {
        out.append(UInt8(ascii: open))
        let inner = indent.map { $0 + 1 }
        for (i, element) in elements.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            if let inner { newline(depth: inner, into: &out) }
            writeElement(element, &out, inner)
        }
        if let indent, !elements.isEmpty { newline(depth: indent, into: &out) }
        out.append(UInt8(ascii: close))
    }

    private static func newline(depth: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }
}
