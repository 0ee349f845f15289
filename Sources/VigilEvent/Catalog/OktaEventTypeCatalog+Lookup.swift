extension OktaEventTypeCatalog {
    /// The index in `ids` of the event type spelt by `bytes` (UTF-8, as written in an event), or nil.
    ///
    /// Every event's type is looked up here, so that events of a known type share the catalog's string literal:
    /// an immortal string needs no allocation, no copy and no reference counting, where a string made per event
    /// cost an allocation, a copy and a free.
    @inline(__always)
    static func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? { ByteTable.shared.index(of: bytes) }

    /// An open-addressing table from the ids' bytes to their indexes, in memory allocated once for the process.
    ///
    /// Raw pointers rather than arrays: reading a global's arrays retains and releases them, and every thread
    /// that reads events would contend for those reference counts.
    struct ByteTable: @unchecked Sendable {
        /// Per slot, an index into `ids` or -1; the slot count is a power of two, a quarter full at most.
        let slots: UnsafeMutablePointer<Int16>
        let mask: Int
        /// The ids' bytes one after another; id `i` ends at `ends[i]` and begins where id `i - 1` ends.
        let bytes: UnsafeMutablePointer<UInt8>
        let ends: UnsafeMutablePointer<Int32>

        /// Never freed: it lives as long as the process.
        static let shared = ByteTable(ids)

        init(_ ids: [String]) {
            var size = 1
            while size < ids.count * 4 { size <<= 1 }
            mask = size - 1
            slots = .allocate(capacity: size)
            slots.initialize(repeating: -1, count: size)
            let all = ids.flatMap(\.utf8)
            bytes = .allocate(capacity: max(all.count, 1))
            bytes.initialize(from: all, count: all.count)
            ends = .allocate(capacity: max(ids.count, 1))
            var end: Int32 = 0
            for (i, id) in ids.enumerated() {
                end += Int32(id.utf8.count)
                ends[i] = end
                var slot = Self.hash(UnsafeBufferPointer(start: bytes + Int(end) - id.utf8.count, count: id.utf8.count)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int16(i)
            }
        }

        @inline(__always)
        static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { Int(truncatingIfNeeded: StableHash.hash(key, seed: 0)) }

        @inline(__always)
        func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
            var slot = Self.hash(key) & mask
            while true {
                let candidate = Int(slots[slot])
                if candidate < 0 { return nil }
                let start = candidate == 0 ? 0 : Int(ends[candidate - 1]), end = Int(ends[candidate])
                if end - start == key.count, UnsafeBufferPointer(start: bytes + start, count: key.count).elementsEqual(key) {
                    return candidate
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
