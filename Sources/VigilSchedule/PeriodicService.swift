import Logging
import ServiceLifecycle
import VigilEvent
import VigilStore

/// Runs a cycle every `interval`, records each run in the store and stops at graceful shutdown (a run in progress
/// finishes first). The cadence survives restarts: the first run comes one interval after the last recorded one,
/// or one interval after start when there is none.
public struct PeriodicService: Service {
    public let cycle: any Cycle
    public let interval: Duration
    let store: EventStore
    let logger: Logger

    /// `interval` is injectable so tests run cycles in milliseconds; the service takes it from `schedule:`.
    public init(cycle: any Cycle, interval: Duration, store: EventStore, logger: Logger = Logger(label: "vigil.schedule")) {
        self.cycle = cycle
        self.interval = interval
        self.store = store
        self.logger = logger
    }

    public func run() async throws {
        var next = firstRun()
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let wait = max(0, next.millis - Timestamp.now().millis)
            if wait > 0 { try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(wait)) } }
            guard !Task.isCancelled && !Task.isShuttingDownGracefully else { return }
            let started = Timestamp.now()
            let run = await cycle.run(now: started)
            record(run)
            // Fixed cadence from the start of each run; a run longer than the interval is followed at once.
            next = started.adding(seconds: interval.seconds)
        }
    }

    private func firstRun() -> Timestamp {
        let last = (try? store.cycleRuns(cycle: cycle.name, limit: 1).first?.started) ?? nil
        return (last ?? .now()).adding(seconds: interval.seconds)
    }

    private func record(_ run: CycleRun) {
        let metadata: Logger.Metadata = [
            "cycle": "\(run.cycle)", "events": "\(run.eventsRead)", "new": "\(run.alertsNew)", "updated": "\(run.alertsUpdated)",
            "seconds": "\(Double(run.finished.millis - run.started.millis) / 1000)"]
        if let error = run.error {
            logger.error("\(run.cycle) cycle failed: \(error)", metadata: metadata)
        } else {
            logger.info("\(run.cycle) cycle done\(run.detail.map { ": " + $0 } ?? "")", metadata: metadata)
        }
        do {
            try store.record(run: run)
        } catch {
            logger.error("cannot record the \(run.cycle) cycle's run", metadata: ["error": "\(error)"])
        }
    }
}
