/// Decoding of JSON string bytes (the part between the quotes).
///
/// Kept separate from the scanner because the hot path never unescapes: it records spans and only the
/// values someone asks for are turned into `String`s.
public enum JSONString {
    /// Decodes the bytes between the quotes of a JSON string. `escaped` says whether a backslash occurs;
    /// without one the bytes are the UTF-8 of the value already.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) -> String {
        if !escaped { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: unescape(bytes), as: UTF8.self)
    }

    /// The string value of a span recorded by a scan of `bytes` (the span's offsets are relative to them).
    public static func decode(_ span: ValueSpan, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        decode(UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.end)]), escaped: span.escaped)
    }

    /// Unescapes JSON string content into UTF-8 bytes. The scanner has already validated the escapes.
    public static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            guard c == UInt8(ascii: "\\"), i + 1 < n else {
                out.append(c)
                i += 1
                continue
            }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= n, var scalar = hex4(bytes, i) else { out.append(e); continue }
                i += 4
                // A high surrogate followed by an escaped low surrogate forms one scalar.
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= n, bytes[i] == UInt8(ascii: "\\"),
                   bytes[i + 1] == UInt8(ascii: "u"), let low = hex4(bytes, i + 2), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
            default: out.append(e)  // \" \\ \/
            }
        }
        return out
    }

    /// Escapes a string for embedding in JSON (without the surrounding quotes).
    public static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped for JSON (without quotes) to `out`.
    public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            // Most strings (uuids, addresses, logins) need no escaping: copied whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out += #"\""#.utf8
                case UInt8(ascii: "\\"): out += #"\\"#.utf8
                case 0x0A: out += #"\n"#.utf8
                case 0x0D: out += #"\r"#.utf8
                case 0x09: out += #"\t"#.utf8
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += #"\u00"#.utf8
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default: out.append(byte)
                }
            }
        }
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let d = hexDigit(b[at + k]) else { return nil }
            v = v << 4 | d
        }
        return v
    }

    @inline(__always)
    static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        // Lone surrogates are not scalars; they were replaced with U+FFFD by the caller.
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}
