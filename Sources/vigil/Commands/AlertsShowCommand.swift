import ArgumentParser
import Foundation
import VigilDetect
import VigilStore

/// `vigil alerts show ID`: one alert, why it fired, its evidence events and everything done about it.
struct AlertsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one alert: why it fired, its evidence events, its history and notifications.",
        discussion: ExitStatus.help)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Argument(help: "The alert id (from `vigil alerts`).") var id: String
    @Option(help: "At most this many evidence events.") var events = 50
    @Flag(help: "Print the alert document as JSON.") var json = false

    func run() throws {
        let store = try dataDirectory.openStore()
        guard let alert = try store.alert(id: id) else {
            Console.error("no alert with id \(id)")
            throw ExitStatus.failure
        }
        if json {
            Console.out(alert.document)
            return
        }
        let document = try? JSONDecoder().decode(Alert.self, from: Data(alert.document.utf8))
        Console.out("""
            \(alert.title)
              id        \(alert.id)
              severity  \(AlertsCommand.severities[alert.severity])
              status    \(alert.status)\(alert.assignee.map { "  (assigned to \($0))" } ?? "")
              rule      \(alert.ruleTitle)  [\(alert.ruleId)]
              entity    \(alert.entityAlternateId ?? alert.entityId ?? "?") (\(alert.entityType ?? "?"))
              seen      \(alert.firstSeen.iso8601) – \(alert.lastSeen.iso8601)
            """)
        if let why = document?.why { Console.out("\nWhy\n  \(why)") }
        let evidence = try store.alertEvidence(id: id, limit: events)
        Console.out("\nEvidence (\(alert.evidence.count) event(s)\(evidence.count < alert.evidence.count ? ", \(evidence.count) shown" : ""))")
        if !evidence.isEmpty { Console.out(EventTable.render(try evidence.map { try $0.event() })) }
        Console.out("\nHistory")
        for change in try store.alertHistory(id: id) {
            let what: String
            switch change.field {
            case "note": what = "note: \(change.to ?? "")"
            case "status" where change.from == nil: what = "opened"
            default: what = "\(change.field): \(change.from ?? "—") → \(change.to ?? "—")"
            }
            Console.out("  \(change.at.iso8601)  \(change.actor)  \(what)")
        }
        let deliveries = try store.deliveries(alertId: id, limit: 20)
        if !deliveries.isEmpty {
            Console.out("\nNotifications")
            for d in deliveries.reversed() {
                Console.out("  \(d.at.iso8601)  \(d.channel)  attempt \(d.attempt)  \(d.status.rawValue)" + (d.error.map { "  \($0)" } ?? ""))
            }
        }
    }
}
