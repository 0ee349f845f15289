extension OktaEvent {
    /// The text of a value: strings unescaped; numbers, booleans as written; `nil` for null, objects and arrays.
    public func text(_ span: ValueSpan) -> String? {
        switch span.kind {
        case .string, .number, .bool: return Self.string(raw, span)
        case .null, .object, .array: return nil
        }
    }

    /// The first value of a slot as text (see `text(_:)`).
    public func string(slot: Int) -> String? {
        // Not `flatMap(text)`: a method reference captures (copies and retains) the whole event on every call.
        guard let span = fields.first(slot) else { return nil }
        return text(span)
    }

    public func string(_ field: HotField) -> String? { string(slot: field.rawValue) }

    /// Every value of a slot as text, in document order (targets, ipChain ...).
    public func strings(slot: Int) -> [String] {
        fields.values(slot).compactMap { text($0) }
    }

    public func strings(_ field: HotField) -> [String] { strings(slot: field.rawValue) }

    /// A number, or a string holding one (Okta writes some numbers as strings).
    public func double(_ field: HotField) -> Double? { string(field).flatMap(Double.init) }

    /// A boolean, or a string `"true"`/`"false"` (Okta writes `isProxy` both ways).
    public func bool(_ field: HotField) -> Bool? {
        switch string(field)?.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// The raw bytes of a value; for strings, without the quotes and still escaped.
    @inlinable
    public func withBytes<R>(of span: ValueSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try raw.withUnsafeBufferPointer { b in
            try body(UnsafeBufferPointer(rebasing: b[Int(span.start)..<Int(span.end)]))
        }
    }
}
