import VigilEvent
import VigilStore

/// Work the service does on a cadence (the hourly analysis, the daily jobs), run by a `PeriodicService`.
public protocol Cycle: Sendable {
    /// The name its runs are recorded under (`hourly`, `daily`), as `vigil status` shows them.
    var name: String { get }
    /// One run; failures are reported in the returned run (`error`), not thrown, so the next run still comes.
    func run(now: Timestamp) async -> CycleRun
}
