import Foundation
import Synchronization
import Testing
import VigilEvent
import VigilIngest
import VigilOktaTesting
import VigilStore

/// Pages are indexed once, with the plan the poller is given (the detection stage's), so that detection does not
/// scan every event a second time.
@Suite struct PollPlanTests {
    /// Stores through a `StoreSink` and keeps each event's slot count and the value of one slot.
    final class ReadingSink: EventSink {
        let inner: StoreSink
        let slot: Int
        private let seen = Mutex<[(slots: Int, value: String?)]>([])

        init(store: EventStore, slot: Int) {
            inner = StoreSink(store: store)
            self.slot = slot
        }

        var events: [(slots: Int, value: String?)] { seen.withLock { $0 } }

        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            let read = batch.events.map { ($0.fields.slotCount, $0.string(slot: slot)) }
            seen.withLock { $0 += read }
            return try await inner.accept(batch)
        }
    }

    @Test func everyPageIncludingThoseReadAheadIsIndexedWithTheGivenPlan() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = FieldPlan.standard.extended(with: ["request.ipChain.version"])
        let slot = try #require(plan.slot(for: "request.ipChain.version"))
        #expect(slot >= FieldPlan.standard.slotCount)
        let log = ScriptedSystemLog()
        for i in 0..<21 {
            let published = Timestamp(Date(timeIntervalSinceNow: -86_400 + Double(i))).iso8601
            await log.appendRaw(ScriptedResponse.logEvent(uuid: ScriptedSystemLog.uuid(i), published: published)
                .replacingOccurrences(of: #""severity":"INFO","#, with: #""severity":"INFO","request":{"ipChain":[{"ip":"198.51.100.1","version":"V4-\#(i)"}]},"#))
        }
        let sink = ReadingSink(store: store, slot: slot)
        try await ScriptedOktaServer.with({ await log.answer($0) }) { base in
            let poller = SystemLogPoller(integrationID: "org1", client: try pollClient(base), sink: sink, checkpoints: store,
                                         configuration: SystemLogPollerConfiguration(backfill: 2 * 86_400, pollInterval: .milliseconds(100),
                                                                                     pageSize: 7, errorBackoff: .milliseconds(20)),
                                         plan: plan, logger: quietLogger())
            let run = Task { try await poller.run() }
            #expect(try await eventually { try store.eventCount() == 21 })
            run.cancel()
            try await run.value
        }
        // Three pages: the first read directly, the next two ahead of their turn.
        let events = sink.events
        #expect(events.count == 21)
        #expect(events.allSatisfy { $0.slots == plan.slotCount }, "\(events)")
        #expect(events.map(\.value) == (0..<21).map { "V4-\($0)" })
    }
}
