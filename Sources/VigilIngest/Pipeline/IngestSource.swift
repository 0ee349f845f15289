/// Something that brings one integration's events in by one path: the System Log poller, the EventBridge/SQS
/// consumer, the Event Hooks receiver. The service runs each in its own task, restarts it after an error, and
/// cancels it on shutdown or when its integration is removed.
///
/// `run` hands batches to `sink` and advances its own cursor (saved as the batch's checkpoint) only after
/// `accept` returns, so cancelling it at any await loses nothing. It reports what the pipeline cannot see —
/// 429s, gaps, errors — on `status`. It returns only when cancelled (or when there is nothing left to do).
public protocol IngestSource: Sendable {
    var integrationID: String { get }
    var path: IngestPath { get }
    func run(sink: any EventSink, status: IngestStatusBoard) async throws
}
