import Foundation
import Synchronization
import Testing
import VigilDetect
import VigilEvent
@testable import VigilIngest
import VigilStore

@Suite struct IngestPipelineTests {
    /// A pipeline running on a fresh store, stopped and removed after `body`.
    static func withPipeline(detection: (any DetectionStage)? = nil, sinks: [any AlertSink] = [],
                             _ body: (IngestPipeline, EventStore) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        let stage = try detection ?? RuleDetectionStage(ruleSet: RuleSet(managed: false))
        let pipeline = try IngestPipeline(store: store, detection: stage, alertSinks: sinks)
        async let running: Void = pipeline.run()
        do {
            try await body(pipeline, store)
        } catch {
            pipeline.finish()
            await running
            throw error
        }
        pipeline.finish()
        await running
        try store.close()
    }

    static func uuid(_ n: Int) -> String { String(format: "%08x-0000-4000-8000-%012x", n, n) }

    @Test func concurrentAcceptsAreCoalescedAndEachIsDurableWhenItReturns() async throws {
        try await Self.withPipeline { pipeline, store in
            let batches = 200, perBatch = 20
            try await withThrowingTaskGroup(of: Void.self) { group in
                for b in 0..<batches {
                    group.addTask {
                        let events = try (0..<perBatch).map { try StoreSinkTests.event(Self.uuid(b * perBatch + $0)) }
                        let receipt = try await pipeline.accept(IngestBatch(integrationID: "org\(b % 3)", path: .poll, events: events,
                                                                            checkpoint: ("cursor-\(b)", "page-\(b)")))
                        #expect(receipt == IngestReceipt(stored: perBatch, duplicates: 0))
                        // Resumed only after the commit: the events and the cursor are readable now.
                        for e in events { #expect(try store.event(uuid: e.uuid) != nil) }
                        #expect(try store.checkpoint("cursor-\(b)") == "page-\(b)")
                    }
                }
                try await group.waitForAll()
            }
            #expect(try store.eventCount() == batches * perBatch)
            #expect(pipeline.commitCount < batches, "group commit should coalesce concurrent batches (\(pipeline.commitCount) commits)")
            let status = pipeline.status.snapshot()
            #expect(status.map(\.integration) == ["org0", "org1", "org2"])
            #expect(status.reduce(0) { $0 + $1.events } == Int64(batches * perBatch))
        }
    }

    @Test func preparedBatchesAreStoredAsPreparedAndMismatchedOnesPreparedAgain() async throws {
        try await Self.withPipeline { pipeline, store in
            let first = try (0..<5).map { try StoreSinkTests.event(Self.uuid($0)) }
            var batch = IngestBatch(integrationID: "org1", path: .poll, events: first, checkpoint: ("cursor", "one"))
            batch.encoded = try #require(try pipeline.prepare(first))
            #expect(try await pipeline.accept(batch) == IngestReceipt(stored: 5, duplicates: 0))
            // Prepared for other events (a source's bug): the batch's own events are stored, not those.
            let second = try (5..<8).map { try StoreSinkTests.event(Self.uuid($0)) }
            let other = try (100..<102).map { try StoreSinkTests.event(Self.uuid($0)) }
            batch = IngestBatch(integrationID: "org1", path: .poll, events: second, checkpoint: ("cursor", "two"))
            batch.encoded = try pipeline.prepare(other)
            #expect(try await pipeline.accept(batch) == IngestReceipt(stored: 3, duplicates: 0))
            for e in first + second { #expect(try store.event(uuid: e.uuid) != nil) }
            for e in other { #expect(try store.event(uuid: e.uuid) == nil) }
            #expect(try store.eventCount() == 8 && store.checkpoint("cursor") == "two")
        }
    }

    @Test func duplicatesAcrossBatchesAndPathsAreStoredOnce() async throws {
        try await Self.withPipeline { pipeline, store in
            let events = try (0..<10).map { try StoreSinkTests.event(Self.uuid($0)) }
            async let a = pipeline.accept(IngestBatch(integrationID: "org", path: .hook, events: events))
            async let b = pipeline.accept(IngestBatch(integrationID: "org", path: .poll, events: events))
            let (ra, rb) = try await (a, b)
            #expect(ra.stored + rb.stored == 10)
            #expect(ra.duplicates + rb.duplicates == 10)
            #expect(try store.eventCount() == 10)
            let again = try await pipeline.accept(IngestBatch(integrationID: "org", path: .hook, events: events))
            #expect(again == IngestReceipt(stored: 0, duplicates: 10))
            #expect(pipeline.status.status("org", .hook)?.duplicates ?? 0 >= 10)
        }
    }

    /// The engine's windows are saved when the pipeline stops (not only every `saveInterval`), so a restart
    /// resumes with every event detection saw.
    @Test func detectionStateIsSavedWhenThePipelineStops() async throws {
        let ruleSet = try RuleSet(managed: false)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        let stage = EngineDetectionStage(engine: DetectionEngine(ruleSet: ruleSet), store: store, saveInterval: .seconds(3600))
        let pipeline = try IngestPipeline(store: store, detection: stage)
        async let running: Void = pipeline.run()
        for n in 0..<3 {
            _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .hook, events: [StoreSinkTests.event(Self.uuid(n))]))
        }
        pipeline.finish()
        await running
        let saved = try #require(try store.detectionState())
        var restored = DetectionEngine(ruleSet: ruleSet)
        try restored.restore(saved.state)
        #expect(restored.eventsProcessed == 3)
    }

    @Test func acceptAfterFinishIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        let pipeline = try IngestPipeline(store: store, detection: RuleDetectionStage(ruleSet: RuleSet(managed: false)))
        pipeline.finish()
        await pipeline.run()
        await #expect(throws: IngestPipelineError.self) {
            try await pipeline.accept(IngestBatch(integrationID: "o", path: .hook, events: [StoreSinkTests.event(Self.uuid(1))]))
        }
    }

    /// Collects the alerts the pipeline hands to its sinks.
    final class CollectingSink: AlertSink {
        let alerts = Mutex<[Alert]>([])
        func alertsRaised(_ new: [Alert]) async { alerts.withLock { $0 += new } }
    }

    @Test func newEventsMatchingAManagedRuleRaiseAStoredAlert() async throws {
        let ruleSet = try RuleSet(managed: true)
        let example = ManagedRules.directory.appendingPathComponent("okta/credentials/api_token_created.examples.json")
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as! [String: Any]
        let raw = try JSONSerialization.data(withJSONObject: (doc["match"] as! [Any])[0])
        let event = try OktaEvent(raw: Array(raw), plan: ruleSet.plan)
        let sink = CollectingSink()
        try await Self.withPipeline(detection: RuleDetectionStage(ruleSet: ruleSet), sinks: [sink]) { pipeline, store in
            let accepted = ContinuousClock.now
            _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .hook, events: [event]))
            // How fast is measured by `vigil-bench hooks` (delivery → stored alert); on a loaded CI machine this only waits.
            while try store.alerts().isEmpty, ContinuousClock.now - accepted < .seconds(60) { try await Task.sleep(for: .milliseconds(10)) }
            let alerts = try store.alerts()
            #expect(alerts.count == 1)
            #expect(alerts.first?.evidence == [event.uuid])
            // A redelivery is a duplicate: no detection, no second alert.
            _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .poll, events: [event]))
        }
        #expect(sink.alerts.withLock { $0.count } == 1)
    }
}
