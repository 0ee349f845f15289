import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilSimulator

/// Memory over a long run: simulated traffic (benign, with every attack scenario mixed in) streamed through the
/// detection engine in batches, printing resident and peak memory and the engine's state at intervals. Flat
/// figures after the windows fill up mean state is bounded; a steady climb would be a leak.
struct MemoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Stream N simulated events through the detection engine and print RSS, peak RSS and state size at intervals.",
        discussion: "Events are generated as they go (nothing is held), so the figures are the engine's and the reader's. The rate includes the simulator's generation; see `rules` for detection throughput alone.")

    @Option(help: "Events to stream.") var events = 10_000_000
    @Option(help: "Print a line every this many events.") var every = 1_000_000
    @Option(help: "Users in the simulated org.") var users = 2_000
    @Option(help: "Seed of the simulated org.") var seed: UInt64 = 1
    @Option(help: "Events per batch handed to the engine.") var batch = 5_000

    func run() throws {
        let set = try RuleSet()
        var engine = DetectionEngine(ruleSet: set)
        let org = SimulatedOrg(seed: seed, users: users)
        let config = WorkloadConfiguration(start: Timestamp(iso8601: "2026-11-02T00:00:00Z")!, eventsPerMinute: Double(users) * 0.05)
        var stream = SimulationStream(org: org, configuration: config, benignEvents: events, scenarios: AttackScenario.all)
        var pending: [OktaEvent] = []
        var count = 0, alerts = 0, serious = 0
        let start = ContinuousClock.now
        print("events      elapsed  events/s  rss_MiB  peak_MiB  corr_groups  analytic_entries  evicted  alerts(≥medium)")
        func report() {
            let seconds = (ContinuousClock.now - start).seconds
            let (rss, peak) = Self.memory()
            let state = engine.stateSize
            print(String(format: "%-11d %7.1f  %8.0f  %7.1f  %8.1f  %11d  %16d  %7d  %d (%d)", count, seconds, Double(count) / seconds,
                         rss, peak, state.correlationGroups, state.analyticEntries, state.evictedGroups, alerts, serious))
        }
        while let simulated = stream.next() {
            pending.append(try OktaEvent(raw: simulated.bytes, plan: set.plan))
            count += 1
            if pending.count >= batch {
                let raised = engine.process(pending)
                alerts += raised.count
                serious += raised.filter { $0.severity >= .medium }.count
                pending.removeAll(keepingCapacity: true)
            }
            if count % every == 0 { report() }
        }
        alerts += engine.process(pending).count
        if count % every != 0 { report() }
    }

    /// Resident and peak resident memory in MiB, from /proc/self/status (Linux).
    static func memory() -> (Double, Double) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func kib(_ key: String) -> Double {
            let line = text.split(separator: "\n").first { $0.hasPrefix(key) } ?? ""
            return Double(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "0") ?? 0
        }
        return (kib("VmRSS:") / 1024, kib("VmHWM:") / 1024)
    }
}
