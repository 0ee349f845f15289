import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilIngest
import VigilSimulator
import VigilStore

/// `vigil demo`: the pipeline end to end on a simulated org, offline.
///
/// Until the ingestion service and the web UI exist, the demo plays a day of a simulated org's traffic with
/// every attack scenario mixed in, stores it, runs the managed rules over it, stores the alerts, and scores
/// them against the simulator's ground truth — and says so.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run Vigil end to end on a simulated Okta org (offline for now: simulator → store → detection).",
        discussion: """
            Generates a simulated org's traffic with every attack scenario of `vigil simulate scenarios` mixed in, \
            stores it in a fresh data directory, evaluates the managed rule pack, stores the alerts, and prints \
            which scenarios were detected, the alerts with their reasons, and commands to explore the data. \
            The live service (polling, Event Hooks, EventBridge) and the web UI come with later releases.

            \(ExitStatus.help)
            """)

    @Option(help: "Where to keep the demo's data (replaced on each run).") var dataDir = "vigil-demo"
    @Option(help: "Benign events around the attacks.") var backgroundEvents = 30_000
    @OptionGroup var simulation: SimulationOptions

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir)
        try? FileManager.default.removeItem(at: directory)
        let scenarios = AttackScenario.all
        Console.error("""
            Vigil demo (offline): a simulated org of \(simulation.users) users, \(Console.number(backgroundEvents)) benign events \
            and \(scenarios.count) attack scenarios → store in \(directory.path) → managed Sigma rules → alerts.
            Live ingestion and the web UI are not part of this release; this run shows the pipeline behind them.
            """)

        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSet(managed: true)
        } catch {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
        let detector = Detector(ruleSet: ruleSet)
        var stream = SimulationStream(org: simulation.makeOrg(), configuration: simulation.workload,
                                      benignEvents: backgroundEvents, scenarios: scenarios)
        var events: [OktaEvent] = [], labels: [String: String] = [:]
        while let simulated = stream.next() {
            let event = try OktaEvent(raw: simulated.bytes, plan: ruleSet.plan)
            events.append(event)
            labels[event.uuid] = simulated.label
        }

        let store = try EventStore(directory: directory)
        var writer = PipelinedWriter(store: store, source: "demo")
        for start in stride(from: 0, to: events.count, by: 2_000) {
            try await writer.submit(Array(events[start..<min(start + 2_000, events.count)]))
        }
        try await writer.drain()
        let alerts = detector.alerts(for: events)
        try store.save(alerts: alerts.map(\.record))
        Console.error("stored \(Console.number(writer.totals.inserted)) events and \(alerts.count) alerts "
                      + "(\(detector.active.count) rules)\n")
        report(alerts, scenarios: scenarios, labels: labels)
    }

    /// Scores alerts against the simulator's labels and prints what an analyst would look at first.
    private func report(_ alerts: [Alert], scenarios: [AttackScenario], labels: [String: String]) {
        var byScenario: [String: [Alert]] = [:], benignSerious = 0
        for alert in alerts {
            let scenarioLabels = Set(alert.events.compactMap { labels[$0] }.filter { $0.hasPrefix("scenario:") })
            if scenarioLabels.isEmpty {
                if alert.severity >= .medium { benignSerious += 1 }
            }
            for label in scenarioLabels { byScenario[label, default: []].append(alert) }
        }
        Console.out("SCENARIO                              DETECTED BY (highest severity first)")
        for scenario in scenarios {
            let found = (byScenario[scenario.label] ?? []).filter { $0.severity >= .low }
            let titles = Dictionary(grouping: found, by: \.rule.title)
                .sorted { ($0.value[0].severity, $1.key) > ($1.value[0].severity, $0.key) }
                .map { "\($0.value[0].severity.rawValue): \($0.key)" + ($0.value.count > 1 ? " (×\($0.value.count))" : "") }
            let status = titles.isEmpty ? "not yet: needs stateful (correlation) detection" : titles.prefix(3).joined(separator: "; ")
            Console.out(scenario.name.padding(toLength: 38, withPad: " ", startingAt: 0) + status)
        }
        Console.out("\nbenign traffic: \(benignSerious) alert(s) of medium severity or higher")
        Console.out("\nHIGHEST-SEVERITY ALERTS")
        for alert in alerts.sorted(by: { ($0.severity, $0.lastSeen) > ($1.severity, $1.lastSeen) }).prefix(8) {
            Console.out("[\(alert.severity.rawValue)] \(alert.title) — \(alert.entity.alternateId ?? alert.entity.id)")
            Console.out("    why: \(alert.why.count > 220 ? String(alert.why.prefix(219)) + "…" : alert.why)")
        }
        Console.out("""

            Explore the stored data:
              vigil alerts --data-dir \(dataDir) --severity medium
              vigil search --data-dir \(dataDir) "Super Administrator"
              vigil search --data-dir \(dataDir) --type user.session.start --outcome FAILURE --limit 20
              vigil search --data-dir \(dataDir) --json proxy | head -1
              vigil simulate export --scenario mfa-push-bombing > attack.ndjson && vigil detect attack.ndjson
            """)
    }
}
