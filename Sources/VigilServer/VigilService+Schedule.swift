import Logging
import ServiceLifecycle
import VigilIngest
import VigilSchedule
import VigilStore

extension VigilService {
    /// The hourly analysis (re-evaluation, digest) and the daily cycle (retention; posture checks to come).
    static func scheduled(_ components: Components, store: EventStore, detection: any DetectionStage, sinks: [any AlertSink],
                          digests: [any DigestSender], logger: Logger) -> [any Service] {
        let schedule = components.schedule
        let intervals = components.scheduleIntervals
            ?? (.milliseconds(Int64(schedule.hourly.interval.seconds * 1000)), .milliseconds(Int64(schedule.daily.interval.seconds * 1000)))
        let hourly = HourlyAnalysis(store: store, detection: detection, lookback: schedule.hourly.lookback.seconds,
                                    interval: intervals.hourly, sinks: sinks, digests: digests)
        let daily = DailyCycle(jobs: [RetentionJob(store: store, days: schedule.daily.retentionDays)])
        return [PeriodicService(cycle: hourly, interval: intervals.hourly, store: store, logger: logger),
                PeriodicService(cycle: daily, interval: intervals.daily, store: store, logger: logger)]
    }
}
