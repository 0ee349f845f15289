import VigilEvent

/// Stores batches of events while the caller prepares the next ones: encoding (compression, search text) runs
/// on the caller's core and the SQLite commits on another, so a long import or backfill uses both.
///
/// Up to `depth` encoded batches wait or are being written at once. With one, the writer sat idle whenever a
/// batch took the caller longer to decode and encode than the last one took to store, and the caller sat idle
/// through every commit's fsync; a second batch in hand keeps both busy. Batches are committed in submission
/// order (each with its checkpoint), and once one fails none after it is stored.
public struct PipelinedWriter: ~Copyable {
    let store: EventStore
    let source: String
    let depth: Int
    /// Batches submitted and not yet collected, oldest first; each task waits for the one before it. The caller
    /// keeps each batch until it collects the result, so that freeing the batch's memory falls to the caller's
    /// core, not the writer's, which is the busier one.
    private var inFlight: [(task: Task<InsertResult, Error>, batch: [EncodedEvent])] = []
    public private(set) var totals = InsertResult()
    /// Uncompressed and compressed bytes of the raw events written so far.
    public private(set) var rawBytes = 0
    public private(set) var storedRawBytes = 0

    /// Events per batch for bulk storing (imports): each commit rewrites the index and full-text pages that its
    /// events touch and flushes a full-text segment, so larger transactions write each page fewer times: a
    /// million events wrote 2.07 GB to disk in batches of 5,000 against 2.76 GB in batches of 2,000, while a
    /// batch's raw events in memory stay near 15 MB.
    public static let batchSize = 5_000

    public init(store: EventStore, source: String, depth: Int = 2) {
        self.store = store
        self.source = source
        self.depth = max(1, depth)
    }

    /// Encodes `events` and queues them to be stored after the batches before them; returns once at most
    /// `depth` batches are left uncommitted. Errors of earlier batches are thrown here or by `drain()`.
    public mutating func submit(_ events: [OktaEvent], checkpoint: (name: String, value: String)? = nil) async throws {
        guard !events.isEmpty else { return }
        let encoded = try store.encode(events)
        for e in encoded {
            rawBytes += e.rawSize
            storedRawBytes += e.raw.count
        }
        while inFlight.count >= depth { try await collectOldest() }
        let store = self.store, source = self.source, previous = inFlight.last?.task
        inFlight.append((Task.detached {
            // A batch is stored only after the one before it, so that checkpoints never move past a failed batch.
            _ = try await previous?.value
            return try store.insert(encoded, source: source, checkpoint: checkpoint)
        }, encoded))
    }

    /// Waits until every submitted batch is committed.
    public mutating func drain() async throws {
        while !inFlight.isEmpty { try await collectOldest() }
    }

    private mutating func collectOldest() async throws {
        let (task, batch) = inFlight.removeFirst()
        defer { withExtendedLifetime(batch) {} }
        do {
            let r = try await task.value
            totals.inserted += r.inserted
            totals.duplicates += r.duplicates
        } catch {
            inFlight.removeAll()
            throw error
        }
    }
}
