/// Compact JSON written straight into bytes, for state that is saved often and is large: a detection state of a
/// large org holds tens of thousands of windows, and `JSONEncoder` wrote it at about 6 MB/s, a second and more of
/// CPU every save. What it writes is plain JSON that `JSONDecoder` reads back with the same `Codable` types.
///
/// Objects and arrays are written through closures, which place the commas: `object { w in w.field("a") { ... } }`.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container, whether it has an element yet (so the next one needs a comma).
    private var filled: [Bool] = []
    /// A key was just written: the value that follows is part of its member and takes no comma.
    private var afterKey = false

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: "{", close: "}", body)
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: "[", close: "]", body)
    }

    /// A member of the enclosing object: its key, then the value `body` writes.
    public mutating func field(_ key: String, _ body: (inout JSONWriter) -> Void) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
        body(&self)
    }

    public mutating func string(_ value: String) {
        separate()
        writeString(value)
    }

    public mutating func int<I: BinaryInteger>(_ value: I) {
        separate()
        bytes += String(value).utf8
    }

    public mutating func field(_ key: String, string value: String) { field(key) { $0.string(value) } }
    public mutating func field<I: BinaryInteger>(_ key: String, int value: I) { field(key) { $0.int(value) } }

    private mutating func container(open: Unicode.Scalar, close: Unicode.Scalar, _ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: open))
        filled.append(false)
        body(&self)
        filled.removeLast()
        bytes.append(UInt8(ascii: close))
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = filled.indices.last else { return }
        if filled[last] { bytes.append(UInt8(ascii: ",")) }
        filled[last] = true
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        JSONString.appendEscaped(s, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
}
