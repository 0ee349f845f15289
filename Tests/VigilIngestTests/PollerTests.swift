import Foundation
import Synchronization
import Testing
import VigilEvent
import VigilIngest
import VigilOkta
import VigilOktaTesting
import VigilStore

@Suite struct PollerTests {
    static func poller(_ base: URL, store: EventStore, interval: Duration) throws -> SystemLogPoller {
        SystemLogPoller(integrationID: "org1", client: try pollClient(base), sink: StoreSink(store: store), checkpoints: store,
                        configuration: SystemLogPollerConfiguration(backfill: 2 * 86_400, pollInterval: interval, pageSize: 7,
                                                                    errorBackoff: .milliseconds(20)),
                        logger: quietLogger())
    }

    /// Runs a poller against the org at `base` into `store` until `done` holds, stops it, and returns its final status.
    @discardableResult
    static func poll(_ base: URL, into store: EventStore, interval: Duration = .milliseconds(100),
                     until done: @escaping (SystemLogPoller) async throws -> Bool) async throws -> SystemLogPollerStatus {
        let poller = try poller(base, store: store, interval: interval)
        let run = Task { try await poller.run() }
        #expect(try await eventually { try await done(poller) })
        run.cancel()
        try await run.value
        return await poller.status()
    }

    /// Serves `log` on 127.0.0.1 while `body` runs.
    static func serve<T: Sendable>(_ log: ScriptedSystemLog, _ body: (URL) async throws -> T) async throws -> T {
        try await ScriptedOktaServer.with({ await log.answer($0) }, body)
    }

    @Test func backfillsFollowsNextAndResumesFromTheCursorWithoutDuplicates() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 30, startingAt: 0)
        try await Self.serve(log) { base in
            // First run: backfill 30 events in pages of 7, then wait on empty pages.
            let first = try await Self.poll(base, into: store) { poller in
                let caughtUp = !(await poller.status().backfilling)
                return try caughtUp && store.eventCount() == 30
            }
            #expect(first.eventsStored == 30 && first.duplicates == 0 && first.pages >= 6, "\(String(describing: first))")
            #expect(first.lastEventTime != nil && first.lastError == nil)
            let cursor = try #require(try store.checkpoint(SystemLogPoller.checkpointName("org1")))
            #expect(cursor.hasSuffix("after=30"))

            // The first request was the backfill query; every later one followed a next link.
            let requests = await log.recorder.requests
            let firstQuery = requests[0].queryItems
            #expect(firstQuery["since"] != nil && firstQuery["limit"] == "7" && firstQuery["after"] == nil)
            #expect(requests.dropFirst().allSatisfy { $0.queryItems["after"] != nil && $0.queryItems["since"] == nil })

            // Second run, after more events and with an overlapping first page: resumes from the saved cursor.
            await log.append(count: 10, startingAt: 30)
            await log.setOverlap(5)
            let second = try await Self.poll(base, into: store) { poller in
                let duplicates = await poller.status().duplicates
                return try duplicates == 5 && store.eventCount() == 40
            }
            let resumed = await log.recorder.requests[requests.count]
            #expect(resumed.queryItems["after"] == "30" && resumed.queryItems["since"] == nil)
            #expect(second.eventsStored == 10)
        }
        #expect(try store.eventCount() == 40)
    }

    @Test func pagesReadAheadArrivePreparedAndCommitInOrderWithTheirOwnCursors() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 30, startingAt: 0)
        let sink = PreparingSink(store: store)
        try await Self.serve(log) { base in
            let poller = SystemLogPoller(
                integrationID: "org1", client: try pollClient(base), sink: sink, checkpoints: store,
                configuration: SystemLogPollerConfiguration(backfill: 2 * 86_400, pollInterval: .milliseconds(100), pageSize: 7),
                logger: quietLogger())
            let run = Task { try await poller.run() }
            #expect(try await eventually { try store.eventCount() == 30 })
            run.cancel()
            try await run.value
        }
        let batches = sink.batches.withLock { $0 }.filter { $0.events > 0 }
        #expect(batches.map(\.events) == [7, 7, 7, 7, 2])
        #expect(batches.map { $0.cursor?.components(separatedBy: "after=").last } == ["7", "14", "21", "28", "30"])
        // The first page is read alone; each later one was read and prepared while the page before it committed.
        #expect(batches.first?.prepared == nil)
        #expect(batches.dropFirst().allSatisfy { $0.prepared == $0.events }, "\(batches)")
    }

    @Test func emptyPagesWaitThePollInterval() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        try await Self.serve(log) { base in
            try await Self.poll(base, into: store, interval: .milliseconds(300)) { _ in await log.recorder.requests.count >= 4 }
        }
        // Every request after an empty page came at least the poll interval later: no busy loop.
        let times = await log.times
        let gaps = zip(times.dropFirst(), times).map { $0.0 - $0.1 }
        #expect(gaps.allSatisfy { $0 >= .milliseconds(290) }, "gaps \(gaps)")
        #expect(try store.eventCount() == 0)
    }

    @Test func malformedRecordsAreRejectedAndTheRestStored() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 3, startingAt: 0)
        await log.appendRaw(#"{"uuid":"bad","eventType":"user.session.start"}"#)
        await log.append(count: 3, startingAt: 3)
        let status = try await Self.serve(log) { base in try await Self.poll(base, into: store) { !(await $0.status().backfilling) } }
        #expect(status.rejected == 1)
        #expect(try store.eventCount() == 6)
    }

    @Test func aFailedPageIsRetriedAndReportedMeanwhile() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 10, startingAt: 0)
        await log.fail(request: 1)
        let status = try await Self.serve(log) { base in try await Self.poll(base, into: store) { _ in try store.eventCount() == 10 } }
        #expect(status.eventsStored == 10)
        #expect(status.lastError == nil, "cleared by the next good page")
        // Request 1 failed; it was asked again with the same cursor.
        let requests = await log.recorder.requests
        #expect(requests[1].query == requests[2].query)
    }

    @Test func aCursorOktaRefusesRestartsTheBackfillWindow() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 10, startingAt: 0)
        try await Self.serve(log) { base in
            try store.setCheckpoint(SystemLogPoller.checkpointName("org1"), "\(base.absoluteString)/api/v1/logs?after=expired-cursor")
            try await Self.poll(base, into: store) { _ in try store.eventCount() == 10 }
        }
        let queries = await log.recorder.requests.map(\.queryItems)
        #expect(queries[0]["after"] == "expired-cursor")
        #expect(queries[1]["since"] != nil && queries[1]["after"] == nil)
    }

    /// A sink that takes its time, so the poller can be cancelled while a page is being committed.
    struct SlowSink: EventSink {
        let inner: StoreSink
        let entered: AsyncStream<Void>.Continuation

        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            entered.yield()
            try? await Task.sleep(for: .milliseconds(200))
            return try await inner.accept(batch)
        }
    }

    @Test func cancellingDuringACommitLeavesTheCursorWithTheStoredEvents() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = ScriptedSystemLog()
        await log.append(count: 30, startingAt: 0)
        let (entered, signal) = AsyncStream.makeStream(of: Void.self)
        try await Self.serve(log) { base in
            let poller = SystemLogPoller(integrationID: "org1", client: try pollClient(base),
                                         sink: SlowSink(inner: StoreSink(store: store), entered: signal), checkpoints: store,
                                         configuration: SystemLogPollerConfiguration(pageSize: 7), logger: quietLogger())
            let run = Task { try await poller.run() }
            var pages = entered.makeAsyncIterator()
            _ = await pages.next()
            _ = await pages.next()  // the second page is being committed
            run.cancel()
            try await run.value
        }
        // The page in flight was committed whole with its cursor, and polling stopped after it.
        let cursor = try #require(try store.checkpoint(SystemLogPoller.checkpointName("org1")))
        #expect(cursor.hasSuffix("after=14"))
        #expect(try store.eventCount() == 14)
    }

    @Test func backfillIsCappedAtNinetyDays() {
        var configuration = SystemLogPollerConfiguration(backfill: 400 * 86_400)
        #expect(configuration.backfill == SystemLogPollerConfiguration.maxBackfill)
        configuration.backfill = -5
        #expect(configuration.backfill == 0)
        #expect(SystemLogPollerConfiguration().backfill == 7 * 86_400)
    }
}

/// Stores through `StoreSink`, prepares as the pipeline does, and records how each batch arrived.
final class PreparingSink: EventSink {
    struct Seen: Sendable, CustomStringConvertible {
        let events: Int, prepared: Int?, cursor: String?
        var description: String { "\(events) events, \(prepared.map(String.init) ?? "none") prepared" }
    }

    let store: EventStore
    let batches = Mutex<[Seen]>([])

    init(store: EventStore) { self.store = store }

    func prepare(_ events: [OktaEvent]) throws -> [EncodedEvent]? { try store.encode(events) }

    func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
        batches.withLock { $0.append(Seen(events: batch.events.count, prepared: batch.encoded?.count, cursor: batch.checkpoint?.value)) }
        return try await StoreSink(store: store).accept(batch)
    }
}
