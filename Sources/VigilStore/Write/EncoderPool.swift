import Synchronization

/// Encoders kept between batches. A zstd context allocates and faults in its working memory on its first
/// compression; for a hook delivery of 50 events that cost more than compressing them, so each batch borrows an
/// encoder instead of making one.
final class EncoderPool: Sendable {
    private let idle = Mutex<[EventEncoder]>([])
    /// More encoders than threads that encode at once would only hold memory.
    private let capacity: Int

    init(capacity: Int = 8) { self.capacity = capacity }

    /// An idle encoder for `dictionary`, or a new one; encoders made for an older dictionary are dropped.
    func take(dictionary: ZstdDictionary?, level: Int32) -> EventEncoder {
        let reused = idle.withLock { idle -> EventEncoder? in
            idle.removeAll { $0.dictionary !== dictionary }
            return idle.popLast()
        }
        return reused ?? EventEncoder(dictionary: dictionary, level: level)
    }

    /// Returns an encoder the caller has finished with.
    func give(_ encoder: EventEncoder) {
        idle.withLock { idle in if idle.count < capacity { idle.append(encoder) } }
    }
}
