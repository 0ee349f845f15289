import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilIngest
import VigilSimulator
import VigilStore

/// `vigil demo --offline`: the pipeline without servers. It plays a day of a simulated org's traffic with every
/// attack scenario mixed in, stores it, runs the whole detection engine over it, stores the alerts, and scores them
/// against the simulator's ground truth.
struct DemoOffline {
    let dataDir: String
    let backgroundEvents: Int
    let simulation: SimulationOptions

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir)
        try? FileManager.default.removeItem(at: directory)
        let scenarios = AttackScenario.all
        Console.error("""
            Vigil demo (offline): a simulated org of \(simulation.users) users, \(Console.number(backgroundEvents)) benign events \
            and \(scenarios.count) attack scenarios → store in \(directory.path) → rules, correlations, analytics → alerts.
            """)

        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSet(managed: true)
        } catch {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
        var engine = DetectionEngine(ruleSet: ruleSet)
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
        let alerts = engine.process(events)
        try store.save(alerts: alerts.map(\.record))
        Console.error("stored \(Console.number(writer.totals.inserted)) events and \(alerts.count) alerts "
                      + "(\(engine.detector.active.count) rules, \(ruleSet.correlations.correlations.count) correlations, "
                      + "\(engine.analyticDescriptors.count) analytics)\n")
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
            let status = titles.isEmpty ? "NOT DETECTED" : titles.prefix(3).joined(separator: "; ")
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
