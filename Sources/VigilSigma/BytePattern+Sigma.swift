extension BytePattern {
    /// Splits a Sigma string into literals and wildcards, honouring `\` escapes: `\*` and `\?` are literal
    /// wildcards, `\\` is one backslash, and a backslash before anything else stays a backslash.
    static func sigmaParts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var literal: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)); literal = [] }
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\\"):
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                if next == UInt8(ascii: "*") || next == UInt8(ascii: "?") || next == UInt8(ascii: "\\") {
                    literal.append(next)
                    i += 2
                    continue
                }
                literal.append(b)
            case UInt8(ascii: "*"): flush(); parts.append(.any)
            case UInt8(ascii: "?"): flush(); parts.append(.one)
            default: literal.append(b)
            }
            i += 1
        }
        flush()
        return parts
    }
}
