import VigilEvent
import VigilStore

/// The daily cycle: its jobs one after another. A job that fails is recorded and the next still runs.
public struct DailyCycle: Cycle {
    public let name = "daily"
    public let jobs: [any DailyJob]

    public init(jobs: [any DailyJob]) { self.jobs = jobs }

    public func run(now: Timestamp) async -> CycleRun {
        var done: [String] = [], failed: [String] = []
        for job in jobs {
            do {
                done.append("\(job.name): \(try await job.run(now: now))")
            } catch {
                failed.append("\(job.name): \(error)")
            }
        }
        return CycleRun(cycle: name, started: now, finished: .now(), detail: done.isEmpty ? nil : done.joined(separator: "; "),
                        error: failed.isEmpty ? nil : failed.joined(separator: "; "))
    }
}
