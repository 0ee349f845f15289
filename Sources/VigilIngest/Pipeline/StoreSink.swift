import VigilStore

/// The simplest durable sink: one store transaction per batch. The service's pipeline adds group commit and
/// detection on top; sources and their tests need only this.
public struct StoreSink: EventSink {
    public let store: EventStore

    public init(store: EventStore) { self.store = store }

    public func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
        let store = self.store
        // SQLite blocks; keep it off the cooperative pool's threads.
        let result = try await Task.detached {
            try store.insert(batch.events, source: batch.source, checkpoint: batch.checkpoint)
        }.value
        return IngestReceipt(stored: result.inserted, duplicates: result.duplicates)
    }
}
