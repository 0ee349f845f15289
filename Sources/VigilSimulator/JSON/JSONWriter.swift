/// Appends JSON to a growable byte buffer without intermediate `String`s or `JSONSerialization`.
///
/// The generator has to write well over 100,000 events a second, so the structure is spelled as literal
/// fragments (`raw`) by the caller and only values go through escaping, which copies and checks each byte in
/// one pass. The buffer is raw memory rather than an `[UInt8]` because the per-append uniqueness and capacity
/// checks of an array cost more than the copying itself. It is scratch space: `bytes` copies the result out,
/// and a writer shared by copies of a struct is only ever used by one of them at a time.
public final class JSONWriter {
    // Exclusivity is checked by hand here: nothing re-enters the writer while it appends, and the runtime
    // checks on these three properties cost more than a tenth of generation time.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) public private(set) var count = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The JSON written since the last `reset()`.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Starts over, keeping the memory.
    public func reset() { count = 0 }

    @inline(__always)
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }

    @inline(__always)
    public func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Bytes copied as they are.
    public func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (base + count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    public func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    /// Literal JSON text, written as is.
    @inline(__always)
    public func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// A JSON string value, quoted and escaped.
    public func string(_ value: String) {
        byte(0x22)
        text(value)
        byte(0x22)
    }

    /// The escaped characters of a string without quotes, to build a string value from pieces.
    public func text(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = value
            copy.withUTF8 { appendEscaped($0) }
        }
    }

    /// A literal key (with its punctuation, like `,"city":`) followed by a string value: the most common pair
    /// in an event, in one call.
    public func member(_ key: StaticString, _ value: String) {
        raw(key)
        string(value)
    }

    /// A literal key followed by a string value or `null`.
    public func member(_ key: StaticString, orNull value: String?) {
        raw(key)
        string(orNull: value)
    }

    /// A string value, or `null`.
    public func string(orNull value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    public func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    public func int(_ value: Int) {
        if value < 0 {
            byte(UInt8(ascii: "-"))
            unsigned(UInt64(-value))
        } else {
            unsigned(UInt64(value))
        }
    }

    /// A decimal with at most `places` fraction digits, trailing zeros dropped (coordinates: `43.6567`, `-79.34`).
    public func decimal(_ value: Double, places: Int = 4) {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        var scaled = Int((value * Double(scale)).rounded())
        if scaled < 0 {
            byte(UInt8(ascii: "-"))
            scaled = -scaled
        }
        unsigned(UInt64(scaled / scale))
        var fraction = scaled % scale
        guard fraction != 0 else { return }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        byte(UInt8(ascii: "."))
        unsigned(UInt64(fraction), width: digits)
    }

    /// Digits of a non-negative integer, zero-padded to `width` (at most 20).
    public func unsigned(_ value: UInt64, width: Int = 1) {
        var digits = 1
        var limit: UInt64 = 10
        while digits < 20, value >= limit {
            digits += 1
            limit = limit &* 10
        }
        digits = max(digits, min(width, 20))
        reserve(digits)
        var v = value
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            base[i] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
        count += digits
    }

    /// Lower-case hex of the low `digits` nibbles of `value`.
    public func hex(_ value: UInt64, digits: Int) {
        reserve(digits)
        for k in 0..<digits {
            let d = UInt8(truncatingIfNeeded: value >> ((digits - 1 - k) * 4)) & 0xF
            base[count + k] = d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") - 10 + d
        }
        count += digits
    }

    private static let base64URLTable: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    /// `n` URL-safe base64 characters (`Alphabet.base64URL`) taken six bits at a time from `word`: Okta's
    /// request and session id characters.
    public func base64URL(_ word: UInt64, count n: Int) {
        reserve(n)
        Self.base64URLTable.withUTF8Buffer { table in
            for k in 0..<n { base[count + k] = table[Int(word >> (k * 6) & 63)] }
        }
        count += n
    }

    private func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let start = utf8.baseAddress else { return }
        let n = utf8.count
        // Most values need no escaping: find the first byte that does, eight bytes at a time, and copy
        // everything before it in one block.
        var clean = 0
        while clean + 8 <= n {
            let word = UnsafeRawPointer(start + clean).loadUnaligned(as: UInt64.self)
            if Self.needsEscape(word) { break }
            clean += 8
        }
        while clean < n, start[clean] >= 0x20, start[clean] != 0x22, start[clean] != 0x5C { clean += 1 }
        append(UnsafeBufferPointer(start: start, count: clean))
        guard clean < n else { return }
        for c in UnsafeBufferPointer(rebasing: utf8[clean...]) {
            switch c {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case ..<0x20:
                raw("\\u00")
                hex(UInt64(c), digits: 2)
            default: byte(c)
            }
        }
    }

    /// Whether any of the eight bytes is a control character, `"` or `\\` (the classic SWAR zero-byte tests).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
