import Logging
import VigilDetect
import VigilEvent
import VigilIngest
import VigilStore

/// The hourly analysis: re-evaluates the recent windows from the store, catching what near-time detection could
/// not see because events arrived late or out of order, saves what it finds through the same grouping as
/// near-time detection (a re-found alert updates, never duplicates), hands the outcome to the alert sinks (new
/// alerts and escalations are notified), then sends the hourly digest.
public struct HourlyAnalysis: Cycle {
    public let name = "hourly"
    let store: EventStore
    let detection: any DetectionStage
    /// Seconds of event time re-read each run (by `published`).
    let lookback: Double
    /// Until the next run: digests due before then go out now.
    let interval: Duration
    let grouping: AlertGrouping
    let sinks: [any AlertSink]
    let digests: [any DigestSender]
    let batchSize: Int

    public init(store: EventStore, detection: any DetectionStage, lookback: Double, interval: Duration, grouping: AlertGrouping = AlertGrouping(),
                sinks: [any AlertSink] = [], digests: [any DigestSender] = [], batchSize: Int = 2_000) {
        self.store = store
        self.detection = detection
        self.lookback = lookback
        self.interval = interval
        self.grouping = grouping
        self.sinks = sinks
        self.digests = digests
        self.batchSize = batchSize
    }

    public func run(now: Timestamp) async -> CycleRun {
        var run = CycleRun(cycle: name, started: now, finished: now)
        do {
            let (read, unreadable, saved) = try await reevaluate(since: now.adding(seconds: -lookback))
            run.eventsRead = read
            if unreadable > 0 { run.detail = "\(unreadable) stored event(s) could not be read again" }
            let result = AlertSaveResult(outcomes: saved.map(\.outcome))
            run.alertsNew = result.opened.count
            run.alertsUpdated = result.updated.count
            // Alerts found again with nothing new are not news: sinks hear of what this run opened or changed.
            let changed = saved.filter { $0.outcome.kind != .unchanged }
            if !changed.isEmpty { for sink in sinks { await sink.alertsSaved(changed) } }
        } catch {
            run.error = "re-evaluation failed: \(error)"
        }
        // The digest goes out even when re-evaluation failed: what near-time detection found is waiting in it.
        for digest in digests { _ = await digest.sendDigest(ahead: interval.seconds) }
        run.finished = .now()
        return run
    }

    /// Reads the window in event-time batches through one re-evaluation pass and saves what it raises.
    private func reevaluate(since: Timestamp) async throws -> (read: Int, unreadable: Int, saved: [SavedAlert]) {
        let store = store, detection = detection, grouping = grouping, batchSize = batchSize
        return try await offPool("vigil.schedule.hourly") {
            // Made here: the pass is not Sendable, and lives on this one thread.
            guard let pass = detection.reevaluation() else { throw ReevaluationUnavailable() }
            var read = 0, unreadable = 0, alerts: [Alert] = []
            try store.scan(since: since, batchSize: batchSize) { batch in
                read += batch.count
                let events = batch.compactMap { try? $0.event(plan: detection.plan) }
                unreadable += batch.count - events.count
                alerts += try pass.process(events)
            }
            return (read, unreadable, try store.save(raised: alerts, grouping: grouping))
        }
    }
}

/// The detection stage keeps no history to re-evaluate with.
struct ReevaluationUnavailable: Error, CustomStringConvertible {
    var description: String { "this detection stage cannot re-evaluate stored events" }
}
