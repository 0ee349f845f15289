import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilSigma
import VigilStore

/// `vigil backtest`: how many alerts a new or changed rule file would have raised on the stored events, and on whom.
struct BacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Replay stored events through a new or changed rule file and report the alerts it would raise.",
        discussion: """
            Loads RULE (a Sigma file: rules and correlations) with the managed pack (a managed rule or correlation \
            with the same id as one in RULE is replaced by RULE's version, so a changed copy of a managed rule can be \
            tried), replays the events stored since --since in event-time order through rules and correlations, and \
            reports the alerts of RULE's rules and correlations: how many, of what severity, and the entities they \
            concern, most alerted first. Nothing is stored. --json prints the alerts as NDJSON instead (the \
            `vigil detect` contract).

            \\(ExitStatus.help)
            """)

    @Argument(help: ArgumentHelp("The Sigma rule file to try.", valueName: "RULE")) var rule: String
    @Option(help: "Replay events published since this time (RFC 3339, a date, or an age such as 7d).") var since: TimeArgument
    @Option(help: "Replay events published up to this time (default: the newest stored).") var until: TimeArgument?
    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(name: .customLong("placeholder"), help: ArgumentHelp("A %NAME% placeholder value; repeatable.", valueName: "NAME=VALUE"))
    var placeholders: [String] = []
    @Option(help: "Entities listed, most alerted first.") var top = 20
    @Flag(help: "Print the alerts as NDJSON instead of the summary.") var json = false

    func run() async throws {
        let url = URL(fileURLWithPath: rule)
        let file: SigmaFile
        do {
            file = try SigmaFile(contentsOf: url)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
        let ids = Set(file.rules.compactMap { $0.id?.lowercased() } + file.correlations.compactMap { $0.id?.lowercased() })
        let wanted = Set(file.rules.map { $0.id ?? $0.title } + file.correlations.map { $0.id ?? $0.title })
        let configuration = try RuleOptions.parse(placeholders.flatMap { ["--placeholder", $0] }).configuration
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSet(directories: [url], managed: true, configuration: configuration, replacingManaged: ids)
        } catch {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
        let store = try dataDirectory.openStore()
        var engine = DetectionEngine(ruleSet: ruleSet, analytics: .none)
        var alerts: [String: Alert] = [:], order: [String] = []
        var events = 0, invalid = 0
        var progress = ProgressMeter("replayed")
        var bytes = 0
        try store.scan(since: since.timestamp, until: until?.timestamp) { batch in
            var parsed: [OktaEvent] = []
            for stored in batch {
                do { parsed.append(try stored.event(plan: ruleSet.plan)) } catch { invalid += 1 }
            }
            events += parsed.count
            bytes += batch.reduce(0) { $0 + $1.raw.count }
            for alert in engine.process(parsed) where wanted.contains(alert.rule.id) {
                if alerts[alert.id] == nil { order.append(alert.id) }
                alerts[alert.id] = alert
            }
            progress.update(bytes: bytes, total: nil, events: events)
        }
        progress.finish()
        let raised = order.map { alerts[$0]! }
        if json {
            for alert in raised { Console.out(alert.json) }
        } else {
            report(raised, file: file, events: events)
        }
        if invalid > 0 { Console.error("\(invalid) stored events could not be read and were skipped") }
    }

    private func report(_ alerts: [Alert], file: SigmaFile, events: Int) {
        Console.out("\(rule): \(file.rules.count) rule(s), \(file.correlations.count) correlation(s) over \(Console.number(events)) events "
                    + "since \(since.timestamp.iso8601)")
        Console.out("\(Console.number(alerts.count)) alert(s) would be raised")
        for (title, group) in Dictionary(grouping: alerts, by: \.title).sorted(by: { $0.value.count > $1.value.count }) {
            let severities = Dictionary(grouping: group, by: \.severity).sorted { $0.key > $1.key }
                .map { "\($0.value.count) \($0.key.rawValue)" }.joined(separator: ", ")
            Console.out("  \(title): \(group.count) (\(severities))")
        }
        guard !alerts.isEmpty else { return }
        Console.out("on whom (most alerted first):")
        let byEntity = Dictionary(grouping: alerts) { "\($0.entity.type) \($0.entity.alternateId ?? $0.entity.id)" }
        for (entity, group) in byEntity.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(top) {
            let last = group.map(\.lastSeen).max() ?? ""
            Console.out("  \(String(group.count).padding(toLength: 6, withPad: " ", startingAt: 0)) \(entity)  (last \(last))")
        }
        if byEntity.count > top { Console.out("  … and \(byEntity.count - top) more") }
    }
}
