/// A small, fast, seedable generator (xoshiro256**, seeded through SplitMix64).
///
/// The simulator must produce the same bytes for the same seed on every machine and Swift version, so it never
/// touches `SystemRandomNumberGenerator` and never relies on the standard library's unspecified algorithms for
/// `random(in:)` beyond what it takes from `next()`; the draws it needs are implemented here.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) {
        // SplitMix64 spreads even tiny seeds (0, 1, 2 ...) over the whole state, as xoshiro's authors advise.
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// An independent stream for one purpose (the org, the workload, a scenario), so that adding draws to one
    /// part of the simulator does not shift every value another part produces.
    public func derived(_ purpose: UInt64) -> SeededRandom {
        var copy = self
        return SeededRandom(seed: copy.next() ^ (purpose &* 0xD1B5_4A32_D192_ED03))
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }
}
