import Foundation
import Testing
import VigilIngest
import VigilOkta
import VigilStore

/// A backfill's progress (events so far, rate, ETA) reaches the status board the service saves for `vigil status`,
/// the web API and `/metrics`, and clears once the poller has caught up.
@Suite struct PollBackfillStatusTests {
    @Test func progressIsPublishedWhileBackfillingAndClearedWhenCaughtUp() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 30, startingAt: 0)
        // The third page fails once: the poller waits a second before reading it again, mid-backfill.
        await log.fail(request: 2)
        let board = IngestStatusBoard()
        try await PollerTests.serve(log) { base in
            let poller = SystemLogPoller(integrationID: "org1", client: try pollClient(base), sink: StoreSink(store: store), checkpoints: store,
                                         configuration: SystemLogPollerConfiguration(backfill: 2 * 86_400, pollInterval: .milliseconds(100),
                                                                                     pageSize: 7, errorBackoff: .seconds(1)),
                                         status: board, logger: quietLogger())
            let run = Task { try await poller.run() }
            #expect(try await eventually { board.status("org1", .poll)?.backfill?.events == 14 })
            let progress = try #require(board.status("org1", .poll)?.backfill)
            #expect(progress.eventsPerSecond > 0 && progress.etaSeconds != nil && progress.reached != nil, "\(progress)")

            // Saved and read back as `vigil status` reads it.
            try store.saveIngestStatus(board.snapshot())
            #expect(try store.ingestStatus().first?.backfill == progress)

            #expect(try await eventually { !(await poller.status().backfilling) })
            #expect(board.status("org1", .poll)?.backfill == nil)
            run.cancel()
            try await run.value
        }
    }
}
