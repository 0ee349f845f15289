import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilSigma

/// `vigil detect`: runs the rules over events from files or stdin and prints alerts as NDJSON.
struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Evaluate detection rules over Okta System Log events and print alerts as NDJSON.",
        discussion: """
            Reads every FILE ('-' for standard input) in any shape Vigil accepts: one LogEvent, NDJSON, a JSON array, \
            Event Hook deliveries, EventBridge envelopes or SQS messages. Events are evaluated in event-time order \
            ('published') against the enabled rules (the managed pack unless --no-managed, plus every --rules \
            directory), their Sigma correlation rules, and the behavioural analytics (impossible travel, first-seen, \
            session hijack, push fatigue, password spray, brute force, credential stuffing, success after an attack, \
            MFA removed and not re-enrolled, shared devices; --analytics FILE sets their parameters). Each alert is one JSON line on standard output: id, rule {id, title}, severity, title, \
            entity {type, id, alternateId}, events, first_seen, last_seen, tags, why. A summary (events read, \
            rejected records with their positions, alerts by severity) goes to standard error.

            \(ExitStatus.help) Rejected records do not stop detection over the others.
            """)

    @OptionGroup var rules: RuleOptions
    @OptionGroup var analytics: AnalyticsOptions

    @Argument(help: ArgumentHelp("Event files to read; '-' reads standard input.", valueName: "FILE"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one FILE, or '-' for standard input") }
    }

    func run() async throws {
        let ruleSet = try rules.load()
        var engine = DetectionEngine(ruleSet: ruleSet, analytics: try analytics.load())
        var events: [OktaEvent] = []
        let summary: InputFiles.Summary
        do {
            summary = try await InputFiles(paths: files, plan: ruleSet.plan).read(onEvents: { events += $0 })
        } catch let error as InputError {
            Console.error(error.message)
            throw ExitStatus.failure
        }
        var counts: [SigmaLevel: Int] = [:]
        var out = ""
        // One batch: the engine sorts it into event time, and an alert that grows is printed once, complete.
        // Windows still open at the last event stay undecided: later events could change them.
        for alert in engine.process(events) {
            counts[alert.severity, default: 0] += 1
            out += alert.json + "\n"
            if out.utf8.count > 1 << 16 { Console.write(out); out = "" }
        }
        Console.write(out)
        let bySeverity = SigmaLevel.allCases.reversed().map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        Console.error("""
            read \(Console.number(summary.events + summary.rejected)) records: \(Console.number(summary.events)) events, \
            \(Console.number(summary.rejected)) rejected; \(engine.detector.active.count) rules, \
            \(ruleSet.correlations.correlations.count) correlations, \(engine.analyticDescriptors.count) analytics; \
            \(Console.number(counts.values.reduce(0, +))) alerts (\(bySeverity))
            """)
        if summary.rejected > 0 { throw ExitStatus.rejectedInput }
    }
}
