/// One source's events and checkpoint within a multi-source commit (`EventStore.insert(groups:)`): the ingestion
/// pipeline coalesces concurrent batches from hooks, pollers and queues into one transaction, and each batch keeps
/// its own source label and cursor.
public struct InsertGroup: Sendable {
    public var events: [EncodedEvent]
    public var source: String
    public var checkpoint: (name: String, value: String)?

    public init(events: [EncodedEvent], source: String, checkpoint: (name: String, value: String)? = nil) {
        self.events = events
        self.source = source
        self.checkpoint = checkpoint
    }
}
