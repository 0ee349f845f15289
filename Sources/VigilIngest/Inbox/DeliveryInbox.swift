import Foundation
import Logging
import Metrics
import Synchronization
import VigilEvent

/// A write-ahead log in front of the pipeline, as Vector's disk buffers sit in front of its sinks: a batch is
/// acknowledged once it is on disk in the inbox, and reaches the store (and detection) a moment later.
///
/// Okta waits at most 3 s for a hook's answer and retries a delivery once, so the answer must not wait for the
/// store: a commit holds the index and full-text work of everything that arrived with it, and SQLite's occasional
/// long commits (index merges, checkpoints) would show in every delivery waiting on them. Appending a record and
/// one `fdatasync` for all deliveries that arrived meanwhile takes about a millisecond.
///
/// Nothing is lost: a record leaves the inbox only after the pipeline has committed it; a run that stops or
/// crashes first leaves it on disk, and the next run replays it (the store's uuid key absorbs what was already
/// committed). When the store falls behind by `maxBacklogEvents`, acknowledgements wait for the store again, so
/// the inbox cannot grow without bound and Okta sees the slowdown.
public final class DeliveryInbox: EventSink, Sendable {
    public struct Options: Sendable {
        /// A segment file takes no more appends past this size.
        public var segmentBytes = 64 << 20
        /// Past this many events on their way to the store, a batch is acknowledged only once it is stored.
        public var maxBacklogEvents = 100_000
        /// How long to wait before handing a batch to the pipeline again after it failed.
        public var retryDelay: Duration = .seconds(1)

        public init() {}
    }

    let sink: any EventSink
    let options: Options
    let logger: Logger
    let appends = WorkQueue<Append>(weight: { max(1, $0.batch.events.count) })
    let deliveries = WorkQueue<Entry>(weight: { max(1, $0.batch.events.count) })
    let segments: Mutex<InboxSegments>
    let lock: InboxLock
    let backlog = Atomic<Int>(0)
    let backlogGauge = Gauge(label: "vigil_inbox_backlog_events")
    /// Blocking file I/O runs here, not on the cooperative pool.
    let fileQueue = DispatchQueue(label: "vigil.inbox.write")
    let maxAppendEvents = 20_000
    let maxHandOversInFlight = 4

    /// A batch waiting for its append, with its caller.
    struct Append: Sendable {
        let batch: IngestBatch
        let record: [UInt8]
        let waitForStore: Bool
        let continuation: CheckedContinuation<IngestReceipt, Error>
    }

    /// A batch on disk, on its way to the pipeline; `waiter` is resumed with the pipeline's receipt.
    struct Entry: Sendable {
        let segment: Int
        let batch: IngestBatch
        let waiter: CheckedContinuation<IngestReceipt, Error>?
    }

    /// Opens the inbox in `directory` and queues what an earlier run left there for the pipeline.
    public init(directory: URL, sink: any EventSink, plan: FieldPlan, options: Options = Options(),
                logger: Logger = Logger(label: "vigil.inbox")) throws {
        self.sink = sink
        self.options = options
        self.logger = logger
        var segments = try InboxSegments(directory: directory, segmentBytes: options.segmentBytes)
        lock = try InboxLock(directory: directory)
        var replayed = 0
        for leftover in try segments.leftovers() {
            let bytes: [UInt8]
            do {
                bytes = Array(try Data(contentsOf: leftover.url))
            } catch {
                throw InboxError.io("cannot read inbox segment \(leftover.url.path): \(error.localizedDescription)")
            }
            let contents = InboxRecord.decode(bytes, plan: plan)
            if !contents.problems.isEmpty {
                // The file is kept for inspection under another name; the segment itself goes once replayed.
                let kept = leftover.url.appendingPathExtension("damaged")
                try? FileManager.default.copyItem(at: leftover.url, to: kept)
                for problem in contents.problems {
                    logger.error("an inbox record could not be read back; the rest of the segment is replayed", metadata: [
                        "segment": "\(leftover.url.lastPathComponent)", "where": "\(problem)", "copy": "\(kept.path)",
                    ])
                }
            }
            segments.adopt(leftover.number, records: contents.batches.count)
            for batch in contents.batches {
                _ = deliveries.append(Entry(segment: leftover.number, batch: batch, waiter: nil))
                replayed += batch.events.count
            }
        }
        if replayed > 0 { logger.notice("replaying events an earlier run acknowledged but had not stored", metadata: ["events": "\(replayed)"]) }
        self.segments = Mutex(segments)
        backlog.store(replayed, ordering: .relaxed)
        backlogGauge.record(replayed)
    }

    /// Returns once the batch is on disk in the inbox (or, when the store has fallen behind, once it is stored).
    /// A batch with a checkpoint goes straight to the pipeline: its cursor belongs in the store's transaction.
    public func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
        guard batch.checkpoint == nil else { return try await sink.accept(batch) }
        guard !batch.events.isEmpty else { return IngestReceipt(stored: 0, duplicates: 0) }
        let record = InboxRecord.encode(batch)
        let waitForStore = backlog.load(ordering: .relaxed) >= options.maxBacklogEvents
        return try await withCheckedThrowingContinuation { continuation in
            if !appends.append(Append(batch: batch, record: record, waitForStore: waitForStore, continuation: continuation)) {
                continuation.resume(throwing: InboxError.stopped)
            }
        }
    }

    /// Events acknowledged but not yet in the store.
    public var backlogEvents: Int { backlog.load(ordering: .relaxed) }

    /// Returns once every batch acknowledged so far is in the store (or the inbox has stopped handing them over).
    public func settled() async {
        while backlogEvents > 0, !deliveries.isClosed || !appends.isClosed {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Appends and hands batches to the pipeline until `finish()`; then hands over everything appended and returns.
    public func run() async {
        await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.appendLoop() }
                group.addTask { await self.deliveryLoop() }
            }
        } onCancel: {
            finish()
        }
        segments.withLock { $0.seal() }
    }

    /// Stops taking batches (`accept` then throws `InboxError.stopped`); those already taken still go to the pipeline.
    public func finish() { appends.close() }
}
