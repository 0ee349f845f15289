import Foundation
import Testing
import VigilEvent
import VigilSchedule
import VigilStore

/// The daily cycle: its jobs run in turn, retention deletes what is past it, a failing job stops no other.
@Suite struct DailyCycleTests {
    /// A posture check that cannot reach Okta.
    struct FailingCheck: DailyJob {
        let name = "posture"
        struct Unreachable: Error, CustomStringConvertible { var description: String { "Okta unreachable" } }
        func run(now: Timestamp) async throws -> String { throw Unreachable() }
    }

    @Test func retentionRunsAfterAFailedJobAndKeepsRecentEvents() async throws {
        let store = try ScheduleFixtures.store()
        let old = try ScheduleFixtures.pushBombing(minutesAgo: 100 * 1440, run: 1)
        let recent = try ScheduleFixtures.pushBombing(minutesAgo: 89 * 1440, run: 2)
        _ = try store.insert(old + recent, source: "test")
        let cycle = DailyCycle(jobs: [FailingCheck(), RetentionJob(store: store, days: 90)])
        let run = await cycle.run(now: .now())
        #expect(run.cycle == "daily")
        #expect(run.error == "posture: Okta unreachable")
        #expect(run.detail?.hasPrefix("retention: \(old.count) event(s) published before ") == true)
        #expect(try store.eventCount() == recent.count)
        for event in recent { #expect(try store.event(uuid: event.uuid) != nil) }
    }

    @Test func runsAreRecordedAndTheNewestIsShown() throws {
        let store = try ScheduleFixtures.store()
        let start = Timestamp.now()
        for n in 0..<5 {
            try store.record(run: CycleRun(cycle: "daily", started: start.adding(seconds: Double(n)), finished: start.adding(seconds: Double(n) + 0.5),
                                           detail: "run \(n)"), keep: 3)
        }
        try store.record(run: CycleRun(cycle: "hourly", started: start, finished: start, eventsRead: 7, alertsNew: 1, alertsUpdated: 2))
        #expect(try store.cycleRuns(cycle: "daily").map(\.detail) == ["run 4", "run 3", "run 2"])
        let last = try store.lastCycleRuns()
        #expect(last["daily"]?.detail == "run 4")
        #expect(last["hourly"] == CycleRun(cycle: "hourly", started: start, finished: start, eventsRead: 7, alertsNew: 1, alertsUpdated: 2))
    }
}
