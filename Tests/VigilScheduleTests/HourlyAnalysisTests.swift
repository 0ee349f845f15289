import Foundation
import Logging
import ServiceLifecycle
import Testing
import VigilDetect
import VigilEvent
import VigilIngest
import VigilNotify
import VigilNotifyTesting
import VigilSchedule
import VigilSigma
import VigilStore

/// The hourly analysis: late events found at the next cycle, no duplicates, the digest delivered.
@Suite struct HourlyAnalysisTests {
    @Test func lateEventsRaiseTheAlertAtTheNextCycleAndASecondRunChangesNothing() async throws {
        let store = try ScheduleFixtures.store()
        let stage = try ScheduleFixtures.stage(store)
        let events = try ScheduleFixtures.pushBombing()
        // Near-time detection saw the denied pushes; the accepted push and the sign-in reached the store late,
        // straight in, bypassing it.
        let live = try store.save(raised: try await stage.detect(Array(events.dropLast(2))))
        _ = try store.insert(events, source: "test")
        let fatigue = try #require(live.first { $0.alert.rule.id == ScheduleFixtures.pushFatigue }).outcome.alertId
        #expect(try store.alert(id: fatigue)?.severity == SigmaLevel.high.rank)

        let analysis = HourlyAnalysis(store: store, detection: stage, lookback: 7200, interval: .milliseconds(200))
        let first = await analysis.run(now: .now())
        #expect(first.error == nil)
        #expect(first.eventsRead == events.count)
        #expect(first.alertsUpdated >= 1)
        let found = try #require(try store.alert(id: fatigue))
        #expect(found.severity == SigmaLevel.critical.rank, "the late acceptance escalates the open alert")
        #expect(found.evidence.contains(events[events.count - 2].uuid), "the late accepted push is evidence")
        #expect(try store.alertHistory(id: fatigue).contains { $0.field == "severity" && $0.to == "critical" })

        let stored = try store.alerts(AlertQuery()).alerts.map(\.id)
        let second = await analysis.run(now: .now())
        #expect(second.error == nil && second.eventsRead == events.count)
        #expect(second.alertsNew == 0 && second.alertsUpdated == 0)
        #expect(try store.alerts(AlertQuery()).alerts.map(\.id) == stored)
    }

    @Test func theServiceRunsTheCycleRecordsItAndDeliversTheDigest() async throws {
        let receiver = try await HTTPReceiver()
        defer { receiver.stop() }
        let store = try ScheduleFixtures.store()
        // The whole attack arrived late: near-time detection never saw any of it.
        let events = try ScheduleFixtures.pushBombing()
        _ = try store.insert(events, source: "test")
        let notifier = try ScheduleFixtures.notifier(receiver.url, store: store, routing: ScheduleFixtures.criticalAtOnce)
        let sink = NotifierAlertSink(notifier: notifier, store: store)
        let analysis = HourlyAnalysis(store: store, detection: try ScheduleFixtures.stage(store), lookback: 7200,
                                      interval: .milliseconds(150), sinks: [sink], digests: [sink])
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let group = ServiceGroup(configuration: .init(services: [
            .init(service: notifier), .init(service: PeriodicService(cycle: analysis, interval: .milliseconds(150), store: store, logger: logger)),
        ], logger: logger))
        let running = Task { try await group.run() }
        #expect(await eventually { ((try? store.cycleRuns(cycle: "hourly").count) ?? 0) >= 3 })
        #expect(await eventually { ScheduleFixtures.documents(await receiver.received).contains { $0.event == "digest" } })
        await group.triggerGracefulShutdown()
        try await running.value

        let runs = try store.cycleRuns(cycle: "hourly").reversed().map { $0 }
        #expect(runs[0].eventsRead == events.count && runs[0].alertsNew > 0)
        #expect(runs.dropFirst().allSatisfy { $0.alertsNew == 0 && $0.alertsUpdated == 0 && $0.error == nil })
        #expect(try store.lastCycleRuns()["hourly"] == runs.last)

        let documents = ScheduleFixtures.documents(await receiver.received)
        let fatigue = documents.filter { ($0.alert["rule"] as? [String: Any])?["id"] as? String == ScheduleFixtures.pushFatigue }
        // Opened at high (into the digest queue), escalated to critical by the acceptance in the same pass: sent at
        // once, and its high version left the digest queue.
        #expect(fatigue.filter { $0.event == "digest" }.isEmpty)
        let immediate = fatigue.filter { $0.event == "alert" }
        #expect(immediate.map { $0.alert["severity"] as? String } == ["critical"])
        #expect((immediate.first?.alert["why"] as? String)?.hasPrefix("Escalated from high to critical: ") == true)
        // However many cycles ran, each alert went out once.
        let ids = documents.map { "\($0.event) \($0.alert["id"] as? String ?? "")" }
        #expect(ids.count == Set(ids).count, "\(ids)")
    }
}
