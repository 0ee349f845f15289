import ArgumentParser
import Foundation
import VigilEvent
import VigilStore

/// `vigil search`: free-text search over stored events, newest first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search stored events (free text and filters), newest first.",
        discussion: """
            Every word must occur in the event's message, type, actor, targets, IP or place; a word also matches \
            as a prefix (198.51.100 finds 198.51.100.7, alice finds alice@example.com). Times are RFC 3339, a date, \
            or an age such as 15m, 24h, 7d.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(help: "Only events published at or after this time.") var since: TimeArgument?
    @Option(help: "Only events published at or before this time.") var until: TimeArgument?
    @Option(name: .customLong("type"), help: "Only this event type (repeatable).") var types: [String] = []
    @Option(help: "Only events whose actor is this login or Okta id.") var user: String?
    @Option(help: "Only events from this client IP.") var ip: String?
    @Option(help: "Only events of this Okta session (external or root session id).") var session: String?
    @Option(help: "Only this outcome (SUCCESS, FAILURE, ...).") var outcome: String?
    @Option(help: "At most this many events.") var limit = 50
    @Flag(help: "Print the raw events as NDJSON instead of a table.") var json = false
    @Argument(help: "Words to search for.") var words: [String] = []

    func run() throws {
        let store = try dataDirectory.openStore()
        var query = EventQuery(text: words.isEmpty ? nil : words.joined(separator: " "), since: since?.timestamp,
                               until: until?.timestamp, limit: limit)
        query.eventTypes = types
        query.user = user
        query.ip = ip
        query.session = session
        query.outcome = outcome
        let results: [StoredEvent]
        do {
            results = try store.search(query)
        } catch {
            Console.error("search failed: \(error)")
            throw ExitStatus.failure
        }
        if json {
            for r in results { Console.out(String(decoding: r.raw, as: UTF8.self)) }
        } else {
            Console.out(EventTable.render(try results.map { try $0.event() }))
        }
        Console.error("\(results.count) event(s)" + (results.count == limit ? " (limit reached; use --limit for more)" : ""))
    }
}
