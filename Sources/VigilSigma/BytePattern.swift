import VigilEvent

/// A Sigma string value compiled for matching bytes: literal runs and the `*`/`?` wildcards, with the common
/// shapes (whole value, prefix, suffix, substring) matched without the general wildcard loop.
///
/// Case-insensitive patterns hold lower-cased literals; ASCII values are folded while comparing, so
/// the usual comparison allocates nothing. Values that are not plain ASCII are lower-cased as `String`s first
/// (`matches(_:folded: true)`). A class, so that the per-event code passes one reference rather than copying
/// (and retaining) its arrays.
final class BytePattern: Sendable {
    enum Part: Sendable, Equatable {
        case literal([UInt8]), any, one
    }

    enum Shape: Sendable, Equatable {
        case exact, prefix, suffix, contains, glob
    }

    let shape: Shape
    /// The single literal of the simple shapes.
    let literal: [UInt8]
    /// For `.glob`: literal bytes as 0...255, `anyToken` for `*`, `oneToken` for `?`.
    let tokens: [Int16]
    let caseSensitive: Bool
    /// Whether every literal byte is ASCII (then non-ASCII value bytes can only match a wildcard).
    let asciiOnly: Bool

    static let anyToken: Int16 = -1
    static let oneToken: Int16 = -2

    init(parts raw: [Part], caseSensitive: Bool) {
        var parts: [Part] = []
        for part in raw {
            switch (parts.last, part) {
            case (.literal(let a)?, .literal(let b)): parts[parts.count - 1] = .literal(a + b)
            case (.any?, .any): continue
            default: parts.append(part)
            }
        }
        if !caseSensitive {
            parts = parts.map { part in
                guard case .literal(let bytes) = part else { return part }
                return .literal(BytePattern.lowercased(bytes))
            }
        }
        self.caseSensitive = caseSensitive
        asciiOnly = parts.allSatisfy { if case .literal(let b) = $0 { b.allSatisfy { $0 < 0x80 } } else { true } }
        (shape, literal) = Self.shape(of: parts)
        tokens = shape != .glob ? [] : parts.flatMap { part -> [Int16] in
            switch part {
            case .literal(let bytes): bytes.map { Int16($0) }
            case .any: [Self.anyToken]
            case .one: [Self.oneToken]
            }
        }
    }

    /// The simple shape a part list has, if any, and its literal.
    private static func shape(of parts: [Part]) -> (Shape, [UInt8]) {
        func lit(_ i: Int) -> [UInt8]? { if case .literal(let l) = parts[i] { l } else { nil } }
        func isAny(_ i: Int) -> Bool { parts[i] == .any }
        switch parts.count {
        case 0: return (.exact, [])
        case 1:
            if let l = lit(0) { return (.exact, l) }
            if isAny(0) { return (.prefix, []) }
        case 2:
            if let l = lit(0), isAny(1) { return (.prefix, l) }
            if isAny(0), let l = lit(1) { return (.suffix, l) }
        case 3:
            if isAny(0), let l = lit(1), isAny(2) { return (.contains, l) }
        default: break
        }
        return (.glob, [])
    }

    /// Lower-cases UTF-8 bytes: ASCII directly, anything else through `String`.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.map(foldASCII) }
        return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    @inline(__always)
    static func foldASCII(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

    /// Whether `value` matches. `folded`: the value is lower-cased already (or the pattern is case-sensitive),
    /// so bytes compare as they are.
    @inline(__always)
    func matches(_ value: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool {
        let fold = !caseSensitive && !folded
        let n = value.count, m = literal.count
        switch shape {
        case .exact: return n == m && equal(value, at: 0, fold: fold)
        case .prefix: return n >= m && equal(value, at: 0, fold: fold)
        case .suffix: return n >= m && equal(value, at: n - m, fold: fold)
        case .contains:
            guard n >= m else { return false }
            if m == 0 { return true }
            for start in 0...(n - m) where equal(value, at: start, fold: fold) { return true }
            return false
        case .glob: return glob(value, fold: fold)
        }
    }

    /// Eight bytes at a time (folding with `lowerASCIIWord`), then the rest byte by byte: event types and most
    /// other values compared here are longer than a word.
    @inline(__always)
    private func equal(_ value: UnsafeBufferPointer<UInt8>, at start: Int, fold: Bool) -> Bool {
        literal.withUnsafeBufferPointer { lit in
            let m = lit.count
            guard m > 0, let valueBase = value.baseAddress, let litBase = lit.baseAddress else { return true }
            let v = UnsafeRawPointer(valueBase + start), l = UnsafeRawPointer(litBase)
            var i = 0
            while i &+ 8 <= m {
                let word = v.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (fold ? lowerASCIIWord(word) : word) != l.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i &+= 8
            }
            if fold {
                while i < m { if Self.foldASCII(valueBase[start &+ i]) != litBase[i] { return false }; i &+= 1 }
            } else {
                while i < m { if valueBase[start &+ i] != litBase[i] { return false }; i &+= 1 }
            }
            return true
        }
    }

    /// Wildcard matching with single-star backtracking; `?` takes one UTF-8 character.
    private func glob(_ value: UnsafeBufferPointer<UInt8>, fold: Bool) -> Bool {
        let n = value.count, m = tokens.count
        var p = 0, v = 0, starP = -1, starV = 0
        func charLength(_ at: Int) -> Int {
            var end = at + 1
            while end < n, value[end] & 0xC0 == 0x80 { end += 1 }
            return end - at
        }
        while v < n {
            if p < m {
                let t = tokens[p]
                if t == Self.oneToken { v += charLength(v); p += 1; continue }
                if t >= 0 {
                    let b = fold ? Self.foldASCII(value[v]) : value[v]
                    if UInt8(t) == b { p += 1; v += 1; continue }
                } else {
                    starP = p; starV = v; p += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            starV += charLength(starV)
            v = starV
            p = starP + 1
        }
        while p < m, tokens[p] == Self.anyToken { p += 1 }
        return p == m
    }
}
