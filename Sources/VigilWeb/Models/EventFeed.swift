import Foundation
import VigilEvent
import VigilStore

/// Event search as the feed and `GET /api/v1/events` take it: parameters checked, one page of results and the
/// cursor for the next.
struct EventFeed: Sendable {
    var query: EventQuery
    /// The parameters as given, for refilling the search form.
    var form: Form

    struct Form: Sendable {
        var q = "", eventType = "", outcome = "", actor = "", ip = "", session = "", since = "", until = ""
    }

    struct Page: Codable, Sendable {
        var events: [EventSummary]
        /// Pass as `cursor` for the next (older) page; absent on the last page.
        var nextCursor: String?
    }

    init(_ p: FormData) throws {
        form = Form(q: p["q"] ?? "", eventType: p["eventType"] ?? "", outcome: p["outcome"] ?? "", actor: p["actor"] ?? "",
                    ip: p["ip"] ?? "", session: p["session"] ?? "", since: p["since"] ?? "", until: p["until"] ?? "")
        query = EventQuery(text: p.nonEmpty("q"), since: try TimeParameter.parse(p, "since"), until: try TimeParameter.parse(p, "until"),
                           limit: try Self.limit(p))
        query.eventTypes = (p["eventType"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let outcome = p.nonEmpty("outcome") {
            let known = ["SUCCESS", "FAILURE", "SKIPPED", "ALLOW", "DENY", "CHALLENGE", "UNKNOWN"]
            guard known.contains(outcome.uppercased()) else {
                throw WebError.badRequest("outcome must be one of \(known.joined(separator: ", "))", field: "outcome")
            }
            query.outcome = outcome
        }
        query.user = p.nonEmpty("actor")
        query.ip = p.nonEmpty("ip")
        query.session = p.nonEmpty("session")
        if let cursor = p.nonEmpty("cursor") { query.after = try Self.cursor(cursor) }
        if let since = query.since, let until = query.until, since > until {
            throw WebError.badRequest("'since' is after 'until'", field: "since")
        }
    }

    func run(_ store: EventStore) throws -> Page {
        let found = try store.search(query)
        return Page(events: try found.map(EventSummary.init),
                    nextCursor: found.count == query.limit ? found.last.map { "\($0.cursor.published)_\($0.cursor.id)" } : nil)
    }

    private static func limit(_ p: FormData) throws -> Int {
        guard let text = p.nonEmpty("limit") else { return 50 }
        guard let n = Int(text), (1...500).contains(n) else { throw WebError.badRequest("limit must be a number from 1 to 500", field: "limit") }
        return n
    }

    private static func cursor(_ text: String) throws -> EventQuery.Cursor {
        let parts = text.split(separator: "_")
        guard parts.count == 2, let published = Int64(parts[0]), let id = Int64(parts[1]) else {
            throw WebError.badRequest("cursor is not one this API returned (use nextCursor as is)", field: "cursor")
        }
        return EventQuery.Cursor(published: published, id: id)
    }
}
