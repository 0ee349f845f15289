import CIntrinsics

/// A validating single-pass JSON scanner that records the values a `FieldPlan` asks for and skips the rest.
///
/// It never builds a tree or a `String`: strings are scanned sixteen bytes at a time, and wanted values are
/// recorded as byte spans. Every byte is still checked against the JSON grammar, so malformed records are
/// rejected with an offset rather than half-indexed.
struct JSONWalker: ~Copyable {
    let base: UnsafePointer<UInt8>
    let count: Int
    var pos: Int
    let nodeSlot: UnsafeBufferPointer<Int32>
    let tableStart: UnsafeBufferPointer<Int32>
    let tableMask: UnsafeBufferPointer<Int32>
    let childTable: UnsafeBufferPointer<Int32>
    let keyBytes: UnsafeBufferPointer<UInt8>
    let keyStart: UnsafeBufferPointer<Int32>
    let keySignature: UnsafeBufferPointer<UInt64>
    let childNode: UnsafeBufferPointer<Int32>
    var values: FieldValues
    /// Slots whose objects are records of their own, scanned into `nested` (see `FieldPlan.scanRecord`); all -1
    /// when the scan treats them as plain values.
    let nestedRecordSlots: SIMD4<Int32>
    var nested: [NestedRecord] = []

    static let maxDepth = 256

    /// Scans the value starting at `pos` (whitespace allowed before it) and leaves `pos` just after it.
    mutating func scanValue(node: Int32, depth: Int) throws(JSONSyntaxError) {
        guard pos < count else { throw eof("a value") }
        var c = base[pos]
        if c <= 0x20 {
            skipWhitespace()
            guard pos < count else { throw eof("a value") }
            c = base[pos]
        }
        let start = pos
        switch c {
        case UInt8(ascii: "{"):
            guard depth < Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth) levels") }
            if node >= 0, case let slot = nodeSlot[Int(node)], slot >= 0, any(nestedRecordSlots .== slot) {
                try scanNestedRecord()
            } else {
                try scanObject(node: node, depth: depth)
            }
            record(node, start, pos, .object, false)
        case UInt8(ascii: "["):
            guard depth < Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth) levels") }
            let recordedBefore = values.spanCount
            try scanArray(node: node, depth: depth)
            // An empty array still exists as a field; a non-empty one is represented by its elements.
            if values.spanCount == recordedBefore { record(node, start, pos, .array, false) }
        case UInt8(ascii: "\""):
            pos += 1
            let escaped = try scanStringBody()
            record(node, start + 1, pos - 1, .string, escaped)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            record(node, start, pos, .bool, false)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            record(node, start, pos, .bool, false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            record(node, start, pos, .null, false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
            record(node, start, pos, .number, false)
        default:
            throw fail("unexpected character \(describe(c)) where a value should start")
        }
    }

    @inline(__always)
    mutating func record(_ node: Int32, _ start: Int, _ end: Int, _ kind: JSONValueKind, _ escaped: Bool) {
        guard node >= 0 else { return }
        let slot = nodeSlot[Int(node)]
        guard slot >= 0 else { return }
        values.append(slot: slot, ValueSpan(start: Int32(start), end: Int32(end), next: -1, kind: kind, escaped: escaped))
    }

    mutating func scanObject(node: Int32, depth: Int) throws(JSONSyntaxError) {
        pos += 1
        skipWhitespace()
        guard pos < count else { throw eof("an object key or '}'") }
        if base[pos] == UInt8(ascii: "}") { pos += 1; return }
        while true {
            guard at(UInt8(ascii: "\"")) else {
                guard pos < count else { throw eof("an object key") }
                throw fail("expected a quoted object key, found \(describe(base[pos]))")
            }
            pos += 1
            let keyStart = pos
            let keyEscaped = try scanStringBody()
            let child = node >= 0 ? lookupChild(node, keyStart, pos - 1, keyEscaped) : -1
            guard at(UInt8(ascii: ":")) else {
                guard pos < count else { throw eof("':'") }
                throw fail("expected ':' after an object key, found \(describe(base[pos]))")
            }
            pos += 1
            try scanValue(node: child, depth: depth + 1)
            if at(UInt8(ascii: ",")) { pos += 1; continue }
            guard pos < count else { throw eof("',' or '}'") }
            if base[pos] == UInt8(ascii: "}") { pos += 1; return }
            throw fail("expected ',' or '}' in an object, found \(describe(base[pos]))")
        }
    }

    /// Scans the object at `pos` as a record of its own, with the plan from its root and spans relative to its
    /// first byte, and keeps the result in `nested`. A malformed one is kept with its error (and skipped to its
    /// end), so the wrapper's other records still go through.
    mutating func scanNestedRecord() throws(JSONSyntaxError) {
        let start = pos
        var record = JSONWalker(
            base: base + start, count: count - start, pos: 0,
            nodeSlot: nodeSlot, tableStart: tableStart, tableMask: tableMask, childTable: childTable,
            keyBytes: keyBytes, keyStart: keyStart, keySignature: keySignature, childNode: childNode,
            values: FieldValues(slotCount: values.slotCount), nestedRecordSlots: SIMD4(repeating: -1))
        do throws(JSONSyntaxError) {
            try record.scanValue(node: 0, depth: 0)
            pos = start + record.pos
            nested.append(NestedRecord(start: start, end: pos, values: .success(record.values)))
        } catch {
            if error.isEndOfInput { throw JSONSyntaxError(offset: start + error.offset, reason: error.reason, isEndOfInput: true) }
            try skipNestedRecord()
            nested.append(NestedRecord(start: start, end: pos, values: .failure(error)))
        }
    }

    /// Moves past the object at `pos` by matching brackets outside strings (strings are followed with their
    /// escapes, so a bracket or an escaped quote inside one does not count).
    mutating func skipNestedRecord() throws(JSONSyntaxError) {
        var level = 0
        while pos < count {
            switch base[pos] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                level += 1
                pos += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                level -= 1
                pos += 1
                if level == 0 { return }
            case UInt8(ascii: "\""):
                pos += 1
                if (try? scanStringBody()) == nil { pos = min(pos + 1, count) }
            default:
                pos += 1
            }
        }
        throw eof("the end of a nested record")
    }

    mutating func scanArray(node: Int32, depth: Int) throws(JSONSyntaxError) {
        pos += 1
        skipWhitespace()
        guard pos < count else { throw eof("an array element or ']'") }
        if base[pos] == UInt8(ascii: "]") { pos += 1; return }
        while true {
            // Elements are looked up with the array's own trie node: `target.id` means "id of any target".
            try scanValue(node: node, depth: depth + 1)
            if at(UInt8(ascii: ",")) { pos += 1; continue }
            guard pos < count else { throw eof("',' or ']'") }
            if base[pos] == UInt8(ascii: "]") { pos += 1; return }
            throw fail("expected ',' or ']' in an array, found \(describe(base[pos]))")
        }
    }

    /// Finds the trie child for a key, comparing ASCII case-insensitively. `mutating` although it changes
    /// nothing: called from the mutating scan loop, a non-mutating method made Swift copy the whole walker for
    /// every key (about 9% of decoding's instructions).
    @inline(__always)
    mutating func lookupChild(_ node: Int32, _ start: Int, _ end: Int, _ escaped: Bool) -> Int32 {
        let mask = Int(tableMask[Int(node)])
        if mask < 0 { return -1 }
        let first = Int(tableStart[Int(node)])
        if escaped {
            let key = JSONString.unescape(UnsafeBufferPointer(start: base + start, count: end - start))
            return key.withUnsafeBufferPointer { k in
                match(k.baseAddress!, k.count, signatureOfKey(k.baseAddress!, k.count), first, mask, readable: k.count)
            }
        }
        // A key is followed by at least `":` and a value, so eight bytes from its start are usually readable.
        let length = end - start
        let signature = start + 8 <= count
            ? signatureOfKeyWord(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self), length)
            : signatureOfKey(base + start, length)
        return match(base + start, length, signature, first, mask, readable: count - start)
    }

    @inline(__always)
    func match(_ key: UnsafePointer<UInt8>, _ length: Int, _ signature: UInt64, _ table: Int, _ mask: Int,
               readable: Int) -> Int32 {
        var at = childHash(signature, mask: mask)
        while true {
            let i = Int(childTable[table + at])
            if i < 0 { return -1 }
            // Equal signatures mean equal length (below 255) and equal first seven bytes; compare the rest.
            let start = Int(keyStart[i])
            if keySignature[i] == signature && Int(keyStart[i + 1]) - start == length
                && tailMatches(key, length, UnsafeRawPointer(keyBytes.baseAddress! + start), readable) {
                return childNode[i]
            }
            at = (at + 1) & mask
        }
    }

    /// Whether `key[7..<length]` equals the lower-cased `stored` bytes, ASCII case-insensitively. The first seven
    /// bytes are known equal (they are in the signature); the rest is compared a word at a time where `readable`
    /// bytes from `key` allow it (the stored keys are followed by zero padding).
    @inline(__always)
    func tailMatches(_ key: UnsafePointer<UInt8>, _ length: Int, _ stored: UnsafeRawPointer, _ readable: Int) -> Bool {
        var j = 7
        while j < length {
            let left = length &- j
            guard j &+ 8 <= readable else {
                while j < length {
                    if stored.load(fromByteOffset: j, as: UInt8.self) != asciiLower(key[j]) { return false }
                    j &+= 1
                }
                return true
            }
            let word = lowerASCIIWord(UnsafeRawPointer(key + j).loadUnaligned(as: UInt64.self))
            let want = stored.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            let kept: UInt64 = left >= 8 ? ~0 : (1 &<< UInt64(left &* 8)) &- 1
            if (word ^ want) & kept != 0 { return false }
            j &+= 8
        }
        return true
    }

    /// Scans string content after the opening quote; leaves `pos` after the closing quote.
    /// Returns whether a backslash escape occurred.
    @inline(__always)
    mutating func scanStringBody() throws(JSONSyntaxError) -> Bool {
        var escaped = false
        var p = pos
        let n = count
        while true {
            if p &+ 16 <= n {
                let mask = vigil_json_special16(base + p)
                if mask == 0 { p &+= 16; continue }
                p &+= Int(vigil_json_first_special(mask))
            } else {
                // The last bytes of the buffer, eight at a time; the lowest flagged byte is the first special one.
                while p &+ 8 <= n {
                    let mask = Self.specialBytes(UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                    if mask == 0 { p &+= 8; continue }
                    p &+= mask.trailingZeroBitCount >> 3
                    break
                }
            }
            guard p < n else { pos = p; throw eof("the closing '\"' of a string") }
            let c = base[p]
            if c == UInt8(ascii: "\"") { pos = p &+ 1; return escaped }
            if c == UInt8(ascii: "\\") {
                escaped = true
                pos = p
                try scanEscape()
                p = pos
            } else if c < 0x20 {
                pos = p
                throw fail(c == 0x0A ? "unterminated string (newline inside)" : "control character \(describe(c)) inside a string")
            } else {
                p &+= 1
            }
        }
    }

    /// Validates the escape sequence at `pos` (a backslash) and moves past it.
    mutating func scanEscape() throws(JSONSyntaxError) {
        guard pos + 1 < count else { throw eof("an escape sequence") }
        let e = base[pos + 1]
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            pos += 2
        case UInt8(ascii: "u"):
            guard pos + 6 <= count else { throw eof("a \\u escape") }
            for k in 2..<6 where JSONString.hexDigit(base[pos + k]) == nil {
                pos += k
                throw fail("invalid \\u escape in a string")
            }
            pos += 6
        default:
            pos += 1
            throw fail("invalid escape '\\\(describe(e))' in a string")
        }
    }

    /// A mask with the high bit set in each byte of `w` that is '"', '\\' or below 0x20. Bytes above the
    /// first such byte may be flagged spuriously (borrows), never bytes below it.
    @inline(__always)
    static func specialBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22)
        let b = w ^ (ones &* 0x5C)
        let zq = (q &- ones) & ~q
        let zb = (b &- ones) & ~b
        let lt = (w &- ones &* 0x20) & ~w
        return (zq | zb | lt) & highs
    }

    mutating func scanNumber() throws(JSONSyntaxError) {
        // Running out of bytes anywhere inside a number means "wait for more", not "malformed": a chunk
        // boundary can fall inside `43.6567`.
        if base[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < count else { throw eof("a digit") }
        if base[pos] == UInt8(ascii: "0") {
            pos += 1
        } else if isDigit(base[pos]) {
            while pos < count && isDigit(base[pos]) { pos += 1 }
        } else {
            throw fail("invalid number: expected a digit, found \(describe(base[pos]))")
        }
        if pos < count && base[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < count else { throw eof("a digit after '.'") }
            guard isDigit(base[pos]) else { throw fail("invalid number: expected a digit after '.'") }
            while pos < count && isDigit(base[pos]) { pos += 1 }
        }
        if pos < count && (base[pos] | 0x20) == UInt8(ascii: "e") {
            pos += 1
            if pos < count && (base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard pos < count else { throw eof("an exponent digit") }
            guard isDigit(base[pos]) else { throw fail("invalid number: expected an exponent digit") }
            while pos < count && isDigit(base[pos]) { pos += 1 }
        }
        if pos == count { throw eof("the end of a number") }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        // Okta writes `null` for most absent values: one four-byte comparison settles the common case.
        if pos &+ 4 <= count, n >= 4,
           UnsafeRawPointer(base + pos).loadUnaligned(as: UInt32.self) == UnsafeRawPointer(w).loadUnaligned(as: UInt32.self),
           n == 4 || (pos &+ n <= count && base[pos &+ 4] == w[4]) {
            pos &+= n
            return
        }
        for i in 0..<n {
            guard pos + i < count else { throw eof("'\(word)'") }
            if base[pos + i] != w[i] {
                pos += i
                throw fail("invalid literal (expected '\(word)')")
            }
        }
        pos += n
    }

    /// Whether the next byte that is not whitespace is `byte`, leaving `pos` on it (or on what stands there
    /// instead). Okta's JSON is compact: one comparison nearly always settles it, where skipping whitespace first
    /// and then testing the byte cost two bounds checks and two loads at every key, colon and comma.
    @inline(__always)
    mutating func at(_ byte: UInt8) -> Bool {
        if pos < count && base[pos] == byte { return true }
        skipWhitespace()
        return pos < count && base[pos] == byte
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Okta's JSON is compact: nearly every call finds no whitespace, which one comparison settles.
        if pos < count && base[pos] > 0x20 { return }
        while pos < count {
            let c = base[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { return }
        }
    }

    func fail(_ reason: String) -> JSONSyntaxError { JSONSyntaxError(offset: pos, reason: reason) }
    func eof(_ wanted: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: pos, reason: "input ended where \(wanted) was expected", isEndOfInput: true)
    }
}

/// Length and first seven lower-cased bytes of a key: two keys with different signatures differ, so a trie
/// lookup compares one word per candidate and bytes only for the real match.
@inline(__always)
func signatureOfKey(_ key: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    var signature = UInt64(truncatingIfNeeded: min(length, 255)) << 56
    for j in 0..<min(length, 7) { signature |= UInt64(asciiLower(key[j])) << (j * 8) }
    return signature
}

/// `signatureOfKey` computed from the key's first eight bytes at once.
@inline(__always)
func signatureOfKeyWord(_ word: UInt64, _ length: Int) -> UInt64 {
    let kept = min(length, 7)
    return lowerASCIIWord(word & ((1 &<< UInt64(kept &* 8)) &- 1)) | UInt64(truncatingIfNeeded: min(length, 255)) << 56
}

/// Eight bytes with A–Z lower-cased (SWAR); other bytes, including non-ASCII ones, unchanged. Public for rule
/// matching, which compares values with lower-cased patterns eight bytes at a time.
@inlinable @inline(__always)
public func lowerASCIIWord(_ w: UInt64) -> UInt64 {
    let ascii = w & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = ascii &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where byte >= 'A'
    let aboveZ = ascii &+ 0x2525_2525_2525_2525    // high bit set where byte > 'Z'
    let upper = atLeastA & ~aboveZ & ~w & 0x8080_8080_8080_8080
    return w | (upper >> 2)
}

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c }

func describe(_ c: UInt8) -> String {
    if c >= 0x20 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
    return "byte 0x" + String(c, radix: 16)
}
