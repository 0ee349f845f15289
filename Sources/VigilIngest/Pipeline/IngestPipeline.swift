import Foundation
import Logging
import Metrics
import Synchronization
import VigilDetect
import VigilEvent
import VigilStore

/// The durable sink every source feeds: group commit into the store, then near-time detection on the new events.
///
/// Concurrent `accept` calls (a burst of hook deliveries, a poller's page, queue messages) are coalesced: each
/// commit takes every batch that arrived while the previous one was being written, stores them and their
/// checkpoints in one transaction (one fsync), and only then resumes their callers. Detection runs after the
/// commit, off the acknowledgement path; its alerts are saved and handed to the alert sinks.
public final class IngestPipeline: EventSink, Sendable {
    public let store: EventStore
    public let status: IngestStatusBoard
    let detection: any DetectionStage
    let alertSinks: [any AlertSink]
    let logger: Logger
    let commits = WorkQueue<PendingBatch>(weight: { max(1, $0.batch.events.count) })
    let detections = WorkQueue<[OktaEvent]>(weight: \.count)
    /// SQLite blocks on I/O; its work runs on these threads, not the cooperative pool's.
    let commitQueue = DispatchQueue(label: "vigil.ingest.commit")
    let storeQueue = DispatchQueue(label: "vigil.ingest.store")
    /// Detection is CPU-bound for as long as a commit's events take; it runs here, not on the cooperative pool.
    let detectionExecutor = ThreadTaskExecutor(name: "vigil.ingest.detect", niceness: 10)
    let options: Options
    let commitTimer = Metrics.Timer(label: "vigil_ingest_commit_seconds")
    let commitSize = Recorder(label: "vigil_ingest_commit_events")
    let alertCounter = Counter(label: "vigil_alerts_raised_total")
    let commitsMade = Atomic<Int>(0)

    /// Transactions committed so far (fewer than batches accepted when group commit coalesces them).
    public var commitCount: Int { commitsMade.load(ordering: .relaxed) }

    public struct Options: Sendable {
        /// A commit stops taking batches past this many events (the rest go into the next one).
        public var maxEventsPerCommit = 20_000
        /// How often the status board is saved to the store.
        public var statusInterval: Duration = .seconds(5)

        public init() {}
    }

    /// A batch waiting for its commit, with its caller's continuation.
    struct PendingBatch: Sendable {
        let batch: IngestBatch
        let encoded: [EncodedEvent]
        let continuation: CheckedContinuation<IngestReceipt, Error>
    }

    public init(store: EventStore, detection: any DetectionStage, alertSinks: [any AlertSink] = [], status: IngestStatusBoard? = nil,
                options: Options = Options(), logger: Logger = Logger(label: "vigil.ingest")) throws {
        self.store = store
        self.detection = detection
        self.alertSinks = alertSinks
        self.status = try status ?? IngestStatusBoard(saved: store.ingestStatus())
        self.options = options
        self.logger = logger
    }

    /// The plan sources should read events with (the detection stage's).
    public var plan: FieldPlan { detection.plan }

    /// Returns once the batch and its checkpoint are committed (with other batches that arrived meanwhile).
    public func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
        guard !batch.events.isEmpty || batch.checkpoint != nil else { return IngestReceipt(stored: 0, duplicates: 0) }
        // Compression and index extraction run here (or ran ahead, in `prepare`), in parallel across callers; the
        // commit loop only writes. Prepared events that do not match the batch (a source's bug) are made again.
        let encoded = try batch.encoded.flatMap { $0.count == batch.events.count ? $0 : nil } ?? store.encode(batch.events)
        return try await withCheckedThrowingContinuation { continuation in
            if !commits.append(PendingBatch(batch: batch, encoded: encoded, continuation: continuation)) {
                continuation.resume(throwing: IngestPipelineError.stopped)
            }
        }
    }

    public func prepare(_ events: [OktaEvent]) throws -> [EncodedEvent]? { try store.encode(events) }

    /// Commits, detects and saves status until `finish()`; then drains what was accepted and returns.
    public func run() async {
        await withTaskCancellationHandler {
            await withTaskGroup(of: Bool.self) { group in
                group.addTask { await self.commitLoop(); return true }
                group.addTask(executorPreference: self.detectionExecutor) { await self.detectionLoop(); return true }
                group.addTask { await self.saveStatusPeriodically(); return false }
                var loopsDone = 0
                for await isLoop in group where isLoop {
                    loopsDone += 1
                    if loopsDone == 2 { group.cancelAll() }
                }
            }
        } onCancel: {
            finish()
        }
        saveStatus()
        await detection.saveState()
    }

    /// Stops taking new batches (`accept` then throws `IngestPipelineError.stopped`); batches already accepted
    /// are still committed and detected before `run` returns.
    public func finish() { commits.close() }
}

/// Why the pipeline refused a batch.
public enum IngestPipelineError: Error, CustomStringConvertible {
    case stopped

    public var description: String { "the ingestion pipeline is shutting down" }
}
