import Foundation
import Testing
import VigilEvent
import VigilIngest
import VigilNotify
import VigilNotifyTesting
import VigilSchedule
import VigilStore

/// Near-time escalation: a grouped alert whose severity rises is notified at once, once, with the why.
@Suite struct EscalationTests {
    @Test func pushFatigueThenAcceptanceIsNotifiedOnceAsAnEscalation() async throws {
        let receiver = try await HTTPReceiver()
        defer { receiver.stop() }
        let store = try ScheduleFixtures.store()
        // Default routing: high and critical at once.
        let notifier = try ScheduleFixtures.notifier(receiver.url, store: store)
        let sink = NotifierAlertSink(notifier: notifier, store: store)
        let pipeline = try IngestPipeline(store: store, detection: try ScheduleFixtures.stage(store), alertSinks: [sink])
        let notifying = Task { try await notifier.run() }
        async let running: Void = pipeline.run()
        func fatigue() async -> [[String: Any]] {
            ScheduleFixtures.documents(await receiver.received).map(\.alert)
                .filter { ($0["rule"] as? [String: Any])?["id"] as? String == ScheduleFixtures.pushFatigue }
        }
        let events = try ScheduleFixtures.pushBombing()
        _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .poll, events: Array(events.dropLast(2))))
        #expect(await eventually { await fatigue().count == 1 })
        _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .poll, events: Array(events.suffix(2))))
        #expect(await eventually { await fatigue().count == 2 })
        // The same events again (a retried delivery) raise nothing new, so nothing more is sent.
        _ = try await pipeline.accept(IngestBatch(integrationID: "org", path: .hook, events: events))
        try await Task.sleep(for: .milliseconds(300))
        pipeline.finish()
        await running
        notifying.cancel()
        _ = await notifying.result

        let sent = await fatigue()
        #expect(sent.count == 2)
        #expect(sent.map { $0["severity"] as? String } == ["high", "critical"])
        #expect(sent[1]["id"] as? String == sent[0]["id"] as? String, "the grouped alert, not a new one")
        let why = try #require(sent[1]["why"] as? String)
        #expect(why.hasPrefix("Escalated from high to critical: ") && why.contains("pushes denied") && why.contains("then accepted"))
        #expect((sent[1]["events"] as? [String] ?? []).contains(events[events.count - 2].uuid), "the accepted push is evidence")
        let log = try store.deliveries(alertId: try #require(sent[0]["id"] as? String))
        #expect(log.filter { $0.status == .delivered }.count == 2)
    }
}
