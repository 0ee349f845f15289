/// A 64-bit hash of bytes that is the same in every process (unlike `Hasher`, which is seeded per process), so
/// analytics can keep hashes of values in saved state and compare values without making `String`s, and the event-type
/// catalog can find a type by its bytes.
///
/// Eight bytes per step: session ids, fingerprints and user agents are hashed for every sign-in, and the
/// byte-at-a-time FNV-1a it replaces was a sixteenth of detection's time.
public enum StableHash {
    /// Version of the function, kept with state that holds its hashes: state saved with another version is
    /// dropped on restore, because its hashes would never match again.
    public static let version = 2

    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = seed ^ (UInt64(truncatingIfNeeded: bytes.count) &* multiplier)
        guard let base = bytes.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i &+ 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* multiplier
            h ^= h >> 29
            i &+= 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            for j in i..<bytes.count { tail |= UInt64(base[j]) << UInt64((j &- i) &* 8) }
            h = (h ^ tail) &* multiplier
        }
        return mix(h)
    }

    /// A finalizer (from MurmurHash3's `fmix64`), so that every input bit reaches every output bit.
    @inlinable @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
