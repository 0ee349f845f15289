import Foundation

/// The draws the simulator needs, written out so that their results depend only on the seed.
extension SeededRandom {
    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; the tiny bias is irrelevant for simulation).
    @inline(__always)
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in a closed range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `0..<1` from the top 53 bits.
    @inline(__always)
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    @inline(__always)
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element, uniformly.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// An index drawn with the given relative weights.
    public mutating func weighted(_ weights: [Double]) -> Int {
        var total = 0.0
        for w in weights { total += w }
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    /// An exponentially distributed wait with the given mean: the gaps of a Poisson process.
    public mutating func exponential(mean: Double) -> Double {
        -mean * log1p(-unit())
    }

    /// `count` characters from `alphabet` (ASCII), e.g. for Okta ids and session tokens.
    public mutating func token(_ count: Int, from alphabet: [UInt8] = Alphabet.alphanumeric) -> String {
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count { bytes[i] = alphabet[below(alphabet.count)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An Okta object id: a three-character type prefix (`00u` users, `0oa` apps, `guo` devices ...), fourteen
    /// random characters and the org's cell suffix, 20 characters in all like Okta's.
    public mutating func oktaId(_ prefix: String, cell: String) -> String {
        prefix + token(17 - cell.utf8.count) + cell
    }

    /// Lower-case hex of `count` characters (fingerprints, dtHash).
    public mutating func hex(_ count: Int) -> String { token(count, from: Alphabet.hex) }
}

/// Character sets for generated identifiers.
public enum Alphabet {
    public static let alphanumeric = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    public static let hex = Array("0123456789abcdef".utf8)
    /// Okta's request ids and session ids use URL-safe base64 characters.
    public static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
}
