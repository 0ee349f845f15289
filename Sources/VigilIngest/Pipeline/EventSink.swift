import VigilEvent
import VigilStore

/// Where sources hand their events. `accept` returns only once the batch (and its checkpoint) is durable — committed
/// to the store, or written to the inbox on its way there (`IngestReceipt.queued`) — so a source acknowledges
/// upstream (answers Okta's hook, deletes the SQS messages, advances its cursor) only after a durable write, as
/// Vector's end-to-end acknowledgements do.
public protocol EventSink: Sendable {
    func accept(_ batch: IngestBatch) async throws -> IngestReceipt

    /// Does the part of storing `events` that needs no commit (compression, index values), so that a source that
    /// reads ahead can prepare its next batch while the current one is being committed; the result goes into
    /// `IngestBatch.encoded`. Pure work: preparing commits nothing, and the commits stay one at a time and in order.
    func prepare(_ events: [OktaEvent]) throws -> [EncodedEvent]?
}

extension EventSink {
    /// Nothing to prepare: `accept` does all the work.
    public func prepare(_ events: [OktaEvent]) throws -> [EncodedEvent]? { nil }
}
