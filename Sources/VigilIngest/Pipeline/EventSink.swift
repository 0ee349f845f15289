/// Where sources hand their events. `accept` returns only once the batch (and its checkpoint) is durable — committed
/// to the store, or written to the inbox on its way there (`IngestReceipt.queued`) — so a source acknowledges
/// upstream (answers Okta's hook, deletes the SQS messages, advances its cursor) only after a durable write, as
/// Vector's end-to-end acknowledgements do.
public protocol EventSink: Sendable {
    func accept(_ batch: IngestBatch) async throws -> IngestReceipt
}
