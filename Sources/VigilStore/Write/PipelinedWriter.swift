import VigilEvent

/// Stores batches of events while the caller prepares the next one: encoding (compression, search text) runs
/// on the caller's core and the SQLite commit of the previous batch on another, so a long import or backfill
/// uses both.
public struct PipelinedWriter: ~Copyable {
    let store: EventStore
    let source: String
    private var inFlight: Task<InsertResult, Error>?
    public private(set) var totals = InsertResult()
    /// Uncompressed and compressed bytes of the raw events written so far.
    public private(set) var rawBytes = 0
    public private(set) var storedRawBytes = 0

    public init(store: EventStore, source: String) {
        self.store = store
        self.source = source
    }

    /// Encodes `events` and starts storing them once the previous batch is committed.
    /// `onCommitted` receives the previous batch's result.
    public mutating func submit(_ events: [OktaEvent], checkpoint: (name: String, value: String)? = nil) async throws {
        guard !events.isEmpty else { return }
        let encoded = try store.encode(events)
        for e in encoded {
            rawBytes += e.rawSize
            storedRawBytes += e.raw.count
        }
        try await drain()
        let store = self.store, source = self.source
        inFlight = Task.detached { try store.insert(encoded, source: source, checkpoint: checkpoint) }
    }

    /// Waits for the batch being written.
    public mutating func drain() async throws {
        guard let task = inFlight else { return }
        inFlight = nil
        let r = try await task.value
        totals.inserted += r.inserted
        totals.duplicates += r.duplicates
    }
}
