import ArgumentParser
import Foundation
import VigilStore

/// `vigil alerts`: the alerts stored in a data directory, most severe and newest first.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List stored alerts (most severe, then newest, first).",
        discussion: """
            Shows each alert's severity, when it was last seen, its title, its entity and why it fired; --json \
            prints the alert documents (the same contract as `vigil detect`).

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(help: "Only alerts last seen at or after this time (RFC 3339, a date, or an age such as 24h).") var since: TimeArgument?
    @Option(help: "Only alerts of at least this severity: informational, low, medium, high, critical.") var severity = "low"
    @Option(help: "At most this many alerts.") var limit = 50
    @Flag(help: "Print the alert documents as NDJSON.") var json = false

    static let severities = ["informational", "low", "medium", "high", "critical"]

    func validate() throws {
        guard Self.severities.contains(severity) else {
            throw ValidationError("--severity must be one of \(Self.severities.joined(separator: ", "))")
        }
    }

    func run() throws {
        let store = try dataDirectory.openStore()
        let minimum = Self.severities.firstIndex(of: severity)!
        let alerts = try store.alerts(since: since?.timestamp, minimumSeverity: minimum, mostSevereFirst: true, limit: limit)
        for alert in alerts {
            if json {
                Console.out(alert.document)
            } else {
                Console.out("[\(Self.severities[alert.severity])] \(alert.lastSeen.iso8601)  \(alert.title) — "
                            + (alert.entityAlternateId ?? alert.entityId ?? "?") + "  (\(alert.evidence.count) event(s))")
            }
        }
        Console.error("\(alerts.count) alert(s)")
    }
}
