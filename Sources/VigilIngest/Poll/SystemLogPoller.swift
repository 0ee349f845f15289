import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigilEvent
import VigilOkta
import VigilStore

/// Polls one integration's System Log, Okta's recommended way: a first query with `since` (the backfill window),
/// then its `next` links forever. The `next` link is the cursor; it is committed with the page's events
/// (`IngestBatch.checkpoint`), so after a restart polling resumes exactly where the store is, and the store's
/// uuid key makes any overlap harmless.
///
/// Stops between pages when cancelled or on graceful shutdown; a page being stored when that happens is either
/// committed with its cursor or not at all.
public final class SystemLogPoller: Service, Sendable {
    public let integrationID: String
    public let configuration: SystemLogPollerConfiguration
    private let client: OktaClient
    private let sink: any EventSink
    private let checkpoints: any CheckpointReading
    private let logger: Logger
    private let plan: FieldPlan
    private let progress: Mutex<PollProgress>
    private let statusBoard: IngestStatusBoard?

    /// `status`, when given, gets the backfill's progress and the org's 429s after each page. Pages are indexed
    /// with `plan`: the sink's detection plan saves detection a second scan of every event.
    public init(integrationID: String, client: OktaClient, sink: any EventSink, checkpoints: any CheckpointReading,
                configuration: SystemLogPollerConfiguration = SystemLogPollerConfiguration(), plan: FieldPlan = .standard,
                status: IngestStatusBoard? = nil, logger: Logger = Logger(label: "vigil.ingest.poll")) {
        self.plan = plan
        self.integrationID = integrationID
        statusBoard = status
        self.client = client
        self.sink = sink
        self.checkpoints = checkpoints
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "integration"] = "\(integrationID)"
        self.logger = logger
        progress = Mutex(PollProgress(integrationID: integrationID, backfilling: true))
    }

    /// The checkpoint name the cursor is saved under (the batch's source name).
    public static func checkpointName(_ integrationID: String) -> String {
        IngestBatch(integrationID: integrationID, path: .poll, events: []).source
    }

    /// The current counts, rates and last error.
    public func status() async -> SystemLogPollerStatus {
        let count = await client.budget.rateLimitedCount
        return progress.withLock {
            $0.update()
            $0.status.rateLimited = count
            return $0.status
        }
    }

    /// Polls until cancelled or until graceful shutdown; returns normally then.
    public func run() async throws {
        try await cancelWhenGracefulShutdown { try await self.poll() }
    }

    /// Polls until cancelled. Whatever a cancelled request throws (the HTTP client's own error, say), it means stop.
    private func poll() async throws {
        do {
            try await pollPages()
        } catch where Task.isCancelled || error is CancellationError {
            logger.info("System Log polling stopped", metadata: ["progress": "\(progress.withLock { $0.summary })"])
        }
    }

    private func pollPages() async throws {
        // 429s from before this poller (an earlier run on the same client) were reported by that run.
        let limited = await client.budget.rateLimitedCount
        progress.withLock { $0.reportedRateLimits = limited }
        var cursor = try startingCursor()
        var lastProgressLog = ContinuousClock.now
        var failures = 0
        var readAhead: ReadAhead?
        defer { readAhead?.task.cancel() }
        while !Task.isCancelled {
            let outcome: (next: URL, empty: Bool, wasBackfilling: Bool)
            do {
                outcome = try await step(cursor, readAhead: &readAhead)
                failures = 0
            } catch let error as OktaAPIError where error.status == 400 && cursor.query?.contains("after=") == true {
                // Okta no longer accepts the cursor: read the backfill window again; the store drops what it has.
                logger.warning("Okta refused the saved System Log cursor; reading the backfill window again",
                               metadata: ["error": "\(error)"])
                progress.withLock { $0.recordError(String(describing: error)) }
                cursor = freshQuery()
                continue
            } catch where !(error is CancellationError) && !Task.isCancelled {
                // Okta or the store failed: the cursor stays where the store is, so the page is simply read again.
                failures += 1
                progress.withLock { $0.recordError(String(describing: error)) }
                let wait = min(configuration.errorBackoff * (1 << min(failures - 1, 16)), configuration.maxErrorBackoff)
                logger.error("System Log page failed; will retry", metadata: ["error": "\(error)", "retryIn": "\(wait)"])
                try await Task.sleep(for: wait)
                continue
            }
            cursor = outcome.next
            if outcome.empty {
                if outcome.wasBackfilling {
                    logger.info("System Log backfill complete", metadata: ["progress": "\(progress.withLock { $0.summary })"])
                }
                try await Task.sleep(for: configuration.pollInterval)
            } else if outcome.wasBackfilling, ContinuousClock.now - lastProgressLog >= configuration.progressInterval {
                lastProgressLog = .now
                logger.info("System Log backfill progress", metadata: ["progress": "\(progress.withLock { $0.summary })"])
            }
        }
    }

    /// A page being read, and prepared for the store, while the one before it is committed.
    private struct ReadAhead {
        let url: URL
        let task: Task<(page: SystemLogPage, encoded: [EncodedEvent]?), Error>
    }

    /// Reads the page at `cursor` (or takes it from `readAhead`) and commits its events with the next cursor.
    ///
    /// While a non-empty page is committed, the page after it is already being read and prepared for the store
    /// (compressed): a backfill then overlaps Okta's answer and the compression with the store's write. Only that
    /// overlaps: commits stay one at a time and in order, each with its own page's cursor, and a read-ahead for
    /// any other cursor (after a failed commit) is dropped.
    private func step(_ cursor: URL, readAhead: inout ReadAhead?) async throws -> (next: URL, empty: Bool, wasBackfilling: Bool) {
        let page: SystemLogPage, encoded: [EncodedEvent]?
        if let ahead = readAhead, ahead.url == cursor {
            readAhead = nil
            (page, encoded) = try await withTaskCancellationHandler { try await ahead.task.value } onCancel: { ahead.task.cancel() }
        } else {
            readAhead?.task.cancel()
            readAhead = nil
            (page, encoded) = (try await client.logsPage(at: cursor, plan: plan), nil)
        }
        for rejection in page.rejections {
            logger.warning("Okta sent a record that is not a usable LogEvent; skipped",
                           metadata: ["reason": "\(rejection.reason)", "at": "\(rejection.position)"])
        }
        if page.next == nil {
            logger.warning("System Log page had no next link; asking the same page again after the poll interval")
        }
        let next = page.next ?? cursor
        if !page.events.isEmpty, let following = page.next {
            let client = self.client, plan = self.plan, sink = self.sink
            readAhead = ReadAhead(url: following, task: Task {
                let page = try await client.logsPage(at: following, plan: plan)
                return (page, try sink.prepare(page.events))
            })
        }
        var receipt = IngestReceipt(stored: 0, duplicates: 0)
        if !page.events.isEmpty || next != cursor {
            receipt = try await commit(page.events, encoded: encoded, cursor: next)
        }
        let wasBackfilling = progress.withLock { p in
            let before = p.status.backfilling
            p.recordPage(stored: receipt.stored, duplicates: receipt.duplicates, rejected: page.rejections.count, events: page.events)
            return before
        }
        await publishProgress()
        return (next, page.events.isEmpty, wasBackfilling)
    }

    /// Hands the backfill's progress and new 429s on the org's budget to the status board.
    private func publishProgress() async {
        guard let statusBoard else { return }
        let limited = await client.budget.rateLimitedCount
        let (backfill, newLimits) = progress.withLock { p -> (BackfillProgress?, Int) in
            p.update()
            defer { p.reportedRateLimits = limited }
            return (p.backfill, limited - p.reportedRateLimits)
        }
        statusBoard.recordBackfill(integrationID, .poll, backfill)
        statusBoard.recordRateLimited(integrationID, .poll, count: newLimits)
    }

    /// Stores a page and its cursor in one commit. Cancellation does not reach the sink: once started, the
    /// commit completes (or fails) on its own, so the cursor never gets ahead of the stored events.
    private func commit(_ events: [OktaEvent], encoded: [EncodedEvent]?, cursor: URL) async throws -> IngestReceipt {
        var batch = IngestBatch(integrationID: integrationID, path: .poll, events: events,
                                checkpoint: (Self.checkpointName(integrationID), cursor.absoluteString))
        batch.encoded = encoded
        let sink = self.sink
        return try await Task { try await sink.accept(batch) }.value
    }

    /// The saved cursor, or a fresh query covering the backfill window.
    private func startingCursor() throws -> URL {
        if let saved = try checkpoints.checkpoint(Self.checkpointName(integrationID)) {
            if let url = URL(string: saved), client.isOrgURL(url), url.path == "/api/v1/logs" {
                logger.info("resuming System Log polling from the saved cursor")
                return url
            }
            logger.warning("the saved System Log cursor is not for this org; starting a new backfill", metadata: ["cursor": "\(saved)"])
        }
        return freshQuery()
    }

    /// The first page of a query covering the backfill window.
    private func freshQuery() -> URL {
        let since = Date().addingTimeInterval(-configuration.backfill)
        logger.info("starting System Log backfill", metadata: ["since": "\(Timestamp(since).iso8601)"])
        return client.logsURL(since: since, limit: configuration.pageSize, filter: configuration.filter)
    }
}
