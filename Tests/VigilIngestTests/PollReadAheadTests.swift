import Foundation
import Synchronization
import Testing
import VigilIngest
import VigilOktaTesting
import VigilStore

/// The poller reads the next page while the current one is committed, without letting the cursor get ahead.
@Suite struct PollReadAheadTests {
    struct CommitFailed: Error {}

    /// Stores through a `StoreSink` after a pause, failing the first `failures` commits, and notes when each commit ended.
    final class PausingSink: EventSink {
        let inner: StoreSink
        let pause: Duration
        private let state: Mutex<(failuresLeft: Int, committed: [ContinuousClock.Instant])>

        init(store: EventStore, pause: Duration, failures: Int = 0) {
            inner = StoreSink(store: store)
            self.pause = pause
            state = Mutex((failures, []))
        }

        var committed: [ContinuousClock.Instant] { state.withLock { $0.committed } }

        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            try? await Task.sleep(for: pause)
            let fails = state.withLock { s in
                defer { s.failuresLeft -= 1 }
                return s.failuresLeft > 0
            }
            if fails { throw CommitFailed() }
            let receipt = try await inner.accept(batch)
            state.withLock { $0.committed.append(.now) }
            return receipt
        }
    }

    static func poll(_ log: ScriptedSystemLog, into store: EventStore, sink: PausingSink) async throws {
        try await ScriptedOktaServer.with({ await log.answer($0) }) { base in
            let poller = SystemLogPoller(integrationID: "org1", client: try pollClient(base), sink: sink, checkpoints: store,
                                         configuration: SystemLogPollerConfiguration(backfill: 2 * 86_400, pollInterval: .milliseconds(100),
                                                                                     pageSize: 7, errorBackoff: .milliseconds(20)),
                                         logger: quietLogger())
            let run = Task { try await poller.run() }
            #expect(try await eventually {
                let caughtUp = !(await poller.status().backfilling)
                return try caughtUp && store.eventCount() == 21
            })
            run.cancel()
            try await run.value
        }
        let cursor = try #require(try store.checkpoint(SystemLogPoller.checkpointName("org1")))
        #expect(cursor.hasSuffix("after=21"))
    }

    @Test func theNextPageIsReadWhileAPageIsCommitted() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 21, startingAt: 0)
        let sink = PausingSink(store: store, pause: .milliseconds(300))
        try await Self.poll(log, into: store, sink: sink)
        // Request 1 (the second page) arrived before the first page's commit ended, and so on.
        let requested = await log.times, committed = sink.committed
        #expect(committed.count == 3)
        #expect(requested[1] < committed[0] && requested[2] < committed[1], "requests \(requested), commits \(committed)")
        let afters = await log.recorder.requests.map { $0.queryItems["after"] }
        #expect(Array(afters.prefix(4)) == [nil, "7", "14", "21"])
    }

    @Test func aFailedCommitDropsThePageReadAheadAndReadsItsOwnPageAgain() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 21, startingAt: 0)
        try await Self.poll(log, into: store, sink: PausingSink(store: store, pause: .milliseconds(100), failures: 1))
        // Page 2 was being read when page 1's commit failed; that read was dropped and page 1 asked again.
        let requests = await log.recorder.requests
        #expect(requests.filter { $0.query == requests[0].query }.count == 2)
        #expect(try store.eventCount() == 21)
    }
}
