import VigilEvent
import VigilStore

/// Events one source read in one go, for one integration, with the cursor that becomes valid once they are stored.
public struct IngestBatch: Sendable {
    public var integrationID: String
    public var path: IngestPath
    public var events: [OktaEvent]
    /// Saved in the same transaction as the events, so a cursor is never ahead of what is stored.
    public var checkpoint: (name: String, value: String)?
    /// `events` as `EventSink.prepare` made them ready for the store ahead of `accept`, in the same order; nil when
    /// the sink prepares them itself.
    public var encoded: [EncodedEvent]?

    public init(integrationID: String, path: IngestPath, events: [OktaEvent], checkpoint: (name: String, value: String)? = nil) {
        self.integrationID = integrationID
        self.path = path
        self.events = events
        self.checkpoint = checkpoint
    }

    /// The store's source label: one per integration and path, so status and counts can be split by path.
    public var source: String { "\(integrationID)/\(path.rawValue)" }
}

/// What a sink did with a batch. It is returned only after the batch is durable: committed to the store
/// (`stored` new, `duplicates` already there), or written to the inbox on its way there (`queued`).
public struct IngestReceipt: Sendable, Equatable {
    public var stored: Int
    public var duplicates: Int
    public var queued: Int

    public init(stored: Int = 0, duplicates: Int = 0, queued: Int = 0) {
        self.stored = stored
        self.duplicates = duplicates
        self.queued = queued
    }
}
