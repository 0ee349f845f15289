import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilSigma

/// `vigil detect`: runs the rules over events from files or stdin and prints alerts as NDJSON.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Evaluate detection rules over Okta System Log events and print alerts as NDJSON.",
        discussion: """
            Reads every FILE ('-' for standard input) in any shape Vigil accepts: one LogEvent, NDJSON, a JSON array, \
            Event Hook deliveries, EventBridge envelopes or SQS messages. Events are evaluated in event-time order \
            ('published') against the enabled rules: the managed pack plus every --rules directory. Each alert is one \
            JSON line on standard output; a summary (events read, rejected records with their positions, alerts by \
            severity) goes to standard error.

            Exit status: 0 all input was read; 1 some records were rejected (alerts for the others are still \
            written); 2 the rules could not be loaded or an input could not be opened; 64 bad command-line usage.
            """)

    @OptionGroup var rules: RuleOptions

    @Argument(help: ArgumentHelp("Event files to read; '-' reads standard input.", valueName: "FILE"))
    var files: [String]

    @Option(help: "How many rejected records to list in the summary.")
    var showRejected = 20

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one FILE, or '-' for standard input") }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let detector = Detector(ruleSet: ruleSet)
        var events: [OktaEvent] = []
        var rejections: [(String, Rejection)] = []
        for file in files {
            do {
                try read(file, plan: ruleSet.plan) { output in
                    switch output {
                    case .event(let event): events.append(event)
                    case .rejected(let rejection): rejections.append((file, rejection))
                    }
                }
            } catch {
                Console.error("error: \(file): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        // Event-time order; the index keeps input order among events of the same millisecond.
        let ordered = events.enumerated().sorted { ($0.element.published, $0.offset) < ($1.element.published, $1.offset) }
        var counts: [SigmaLevel: Int] = [:]
        var out = ""
        for (_, event) in ordered {
            for alert in detector.alerts(for: event) {
                counts[alert.severity, default: 0] += 1
                out += alert.json + "\n"
                if out.utf8.count > 1 << 16 { Console.write(out); out = "" }
            }
        }
        Console.write(out)
        summarize(events: events.count, rejections: rejections, counts: counts, rules: detector)
        if !rejections.isEmpty { throw ExitCode(1) }
    }

    private func summarize(events: Int, rejections: [(String, Rejection)], counts: [SigmaLevel: Int], rules: Detector) {
        let enabled = rules.ruleSet.rules.filter(\.isEnabled).count
        Console.error("\(events) events read, \(rejections.count) rejected; \(enabled) rules evaluated")
        for (file, rejection) in rejections.prefix(showRejected) { Console.error("  rejected: \(file): \(rejection)") }
        if rejections.count > showRejected { Console.error("  ... and \(rejections.count - showRejected) more rejected") }
        let total = counts.values.reduce(0, +)
        let bySeverity = SigmaLevel.allCases.reversed().map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        Console.error("\(total) alerts: \(bySeverity)")
    }

    /// Streams a file (or stdin) through an event reader in chunks.
    private func read(_ file: String, plan: FieldPlan, _ emit: (ReaderOutput) -> Void) throws {
        let handle = file == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        defer { if file != "-" { try? handle.close() } }
        var reader = EventReader(plan: plan)
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            reader.feed(Array(chunk), isFinal: chunk.isEmpty, emit)
            if chunk.isEmpty { break }
        }
    }
}
