import VigilEvent

/// One compiled comparison of a field value against a rule value.
enum ValueTest: Sendable {
    case pattern(BytePattern)
    case regex(RegexBox)
    case cidr(IPRange)
    case compare(Comparison, Double)

    enum Comparison: String, Sendable {
        case lt, lte, gt, gte
    }

    /// Whether one value (a span of `bytes`) passes. Strings, numbers and booleans take part, as text; null,
    /// objects and arrays never match a value.
    func matches(_ span: ValueSpan, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch span.kind {
        case .string, .number, .bool: break
        case .null, .object, .array: return false
        }
        return matches(UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.end)]), escaped: span.escaped)
    }

    /// Whether text passes; `escaped`: it holds JSON escapes, so it must be decoded before comparing.
    func matches(_ value: UnsafeBufferPointer<UInt8>, escaped: Bool) -> Bool {
        switch self {
        case .pattern(let pattern):
            // An ASCII-only pattern folds ASCII only, so the value's other bytes need no scan (see docs/sigma.md
            // for the two Unicode letters that lower-case to ASCII and are therefore not folded).
            if !escaped && (pattern.caseSensitive || pattern.asciiOnly || Self.isASCII(value)) {
                return pattern.matches(value, folded: false)
            }
            if escaped {
                // Unescaped ASCII text (Okta's JSON-in-a-string fields) still compares as bytes: one buffer, no String.
                let plain = JSONString.unescape(value)
                let fast = plain.withUnsafeBufferPointer { b in
                    pattern.caseSensitive || pattern.asciiOnly || Self.isASCII(b) ? pattern.matches(b, folded: false) : nil
                }
                if let fast { return fast }
            }
            // Non-ASCII text matched ignoring case: lower-case it with Unicode rules first.
            var utf8 = Array(JSONString.decode(value, escaped: escaped).lowercased().utf8)
            return utf8.withUnsafeMutableBufferPointer { pattern.matches(UnsafeBufferPointer($0), folded: true) }
        case .regex(let regex):
            return regex.matches(JSONString.decode(value, escaped: escaped))
        case .cidr(let range):
            guard let address = IPRange.parse(JSONString.decode(value, escaped: escaped)) else { return false }
            return range.contains(address)
        case .compare(let op, let bound):
            guard let number = Double(JSONString.decode(value, escaped: escaped)) else { return false }
            switch op {
            case .lt: return number < bound
            case .lte: return number <= bound
            case .gt: return number > bound
            case .gte: return number >= bound
            }
        }
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }
}
