import ArgumentParser
import Foundation
import VigilStore

/// `vigil alerts list`: stored alerts, filtered in SQL, one page at a time.
struct AlertsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored alerts (most severe, then newest, first).",
        discussion: """
            Shows each alert's id, severity, status, when it was last seen, its title, its entity and how many events \
            it holds; --json prints the alert documents (the same contract as `vigil detect`). When more alerts \
            match than --limit, the line on stderr gives the --after value for the next page.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(help: "Only alerts last seen at or after this time (RFC 3339, a date, or an age such as 24h).") var since: TimeArgument?
    @Option(help: "Only alerts of at least this severity: informational, low, medium, high, critical.") var severity = "low"
    @Option(help: "Only alerts with this status: new, acknowledged, resolved, false_positive, or open (new and acknowledged). Repeatable.")
    var status: [String] = []
    @Option(help: "Only alerts of this rule (its id).") var rule: String?
    @Option(help: "Only alerts about this entity (an Okta id or a login such as alice@example.com).") var entity: String?
    @Option(help: "Only alerts assigned to this person.") var assignee: String?
    @Option(help: "At most this many alerts.") var limit = 50
    @Option(help: "Continue after this point (printed at the end of the previous page).") var after: String?
    @Flag(help: "Print the alert documents as NDJSON.") var json = false

    func validate() throws {
        guard AlertsCommand.severities.contains(severity) else {
            throw ValidationError("--severity must be one of \(AlertsCommand.severities.joined(separator: ", "))")
        }
        _ = try statuses()
        if let after, AlertCursor(token: after) == nil { throw ValidationError("--after '\(after)' is not a value this command printed") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func statuses() throws -> Set<AlertStatus> {
        try Set(status.flatMap { $0.split(separator: ",") }.flatMap { text -> [AlertStatus] in
            let name = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "_")
            if name == "open" { return [.new, .acknowledged] }
            guard let s = AlertStatus(rawValue: name) else {
                throw ValidationError("--status must be one of \(AlertStatus.allCases.map(\.rawValue).joined(separator: ", ")), open")
            }
            return [s]
        })
    }

    func run() throws {
        let store = try dataDirectory.openStore()
        var query = AlertQuery(statuses: try statuses(), minimumSeverity: AlertsCommand.severities.firstIndex(of: severity)!,
                               ruleId: rule, entity: entity, since: since?.timestamp, order: .mostSevere, limit: limit)
        query.assignee = assignee
        query.after = after.flatMap(AlertCursor.init(token:))
        let page = try store.alerts(query)
        for alert in page.alerts {
            if json {
                Console.out(alert.document)
            } else {
                Console.out("\(alert.id)  [\(AlertsCommand.severities[alert.severity])] \(alert.status)  \(alert.lastSeen.iso8601)  "
                            + "\(alert.title) — \(alert.entityAlternateId ?? alert.entityId ?? "?")  (\(alert.evidence.count) event(s))"
                            + (alert.assignee.map { "  @\($0)" } ?? ""))
            }
        }
        Console.error("\(page.alerts.count) alert(s)" + (page.next.map { "; more with --after \($0.token)" } ?? ""))
    }
}
