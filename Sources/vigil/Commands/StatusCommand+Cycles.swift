import VigilEvent
import VigilStore

extension StatusCommand {
    /// When the hourly analysis and the daily cycle last ran, and what they did; says so when they never have.
    func printCycles(_ runs: [String: CycleRun]?, now: Timestamp) {
        guard let runs else { return }
        for (cycle, label) in [("hourly", "hourly analysis"), ("daily", "daily cycle")] {
            guard let run = runs[cycle] else {
                Console.out("\(label): not run yet")
                continue
            }
            var facts = ["\(Self.age(now.millis - run.finished.millis)) ago (\(run.started.iso8601), took \(Self.age(run.finished.millis - run.started.millis)))"]
            if cycle == "hourly" {
                facts.append("\(Console.number(run.eventsRead)) events re-read, \(run.alertsNew) new alert(s), \(run.alertsUpdated) updated")
            }
            if let detail = run.detail { facts.append(detail) }
            if let error = run.error { facts.append("FAILED: \(error)") }
            Console.out("\(label): last ran " + facts.joined(separator: "; "))
        }
    }
}
