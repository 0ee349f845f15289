import Foundation
import Hummingbird
import VigilEvent

/// The parameters of a `GET /api/v1/logs` request, validated as Okta does.
struct LogQuery: Sendable {
    enum Order: String, Sendable { case ascending = "ASCENDING", descending = "DESCENDING" }

    var since: Timestamp?
    var until: Timestamp?
    var after: LogCursor?
    var limit: Int
    var order: Order
    var filter: SCIMFilter?
    var filterText: String?
    var keywords: [String]
    var qText: String?

    /// A polling request (no `until`, ascending) pages by persistence time and never ends.
    var isPolling: Bool { until == nil && order == .ascending }

    static let defaultLimit = 100, maxLimit = 1000

    init(_ parameters: Parameters, now: Timestamp) throws(OktaError) {
        func date(_ name: String) throws(OktaError) -> Timestamp? {
            guard let text = parameters.get(name) else { return nil }
            guard let t = Timestamp(iso8601: text) else {
                throw OktaError.validation("\(name): '\(text)' is not a valid ISO 8601 date-time")
            }
            return t
        }
        since = try date("since")
        until = try date("until")
        if let since, since.millis < now.millis - 180 * 86_400_000 {
            throw OktaError(.badRequest, "E0000053", "Invalid date. 'since' must be within the last 180 days.",
                            causes: ["since: \(since.iso8601) is more than 180 days ago"])
        }
        if let since, let until, since > until {
            throw OktaError.validation("since: 'since' must be before 'until'")
        }
        if let text = parameters.get("after") {
            guard let cursor = LogCursor(text) else { throw OktaError.validation("after: '\(text)' is not a valid cursor") }
            after = cursor
        }
        limit = Self.defaultLimit
        if let text = parameters.get("limit") {
            guard let n = Int(text), (0...Self.maxLimit).contains(n) else {
                throw OktaError.validation("limit: must be an integer between 0 and \(Self.maxLimit), got '\(text)'")
            }
            limit = n
        }
        order = .ascending
        if let text = parameters.get("sortOrder") {
            guard let o = Order(rawValue: text.uppercased()) else {
                throw OktaError.validation("sortOrder: must be ASCENDING or DESCENDING, got '\(text)'")
            }
            order = o
        }
        filterText = parameters.get("filter")
        if let text = filterText {
            do throws(SCIMFilterError) {
                filter = try SCIMFilter(parsing: text)
            } catch {
                throw OktaError.validation("filter: Invalid filter '\(text)': \(error.reason)")
            }
            if filter!.paths.contains("published") {
                throw OktaError.validation("filter: 'published' cannot be filtered on; use 'since' and 'until'")
            }
        }
        qText = parameters.get("q")
        keywords = (qText ?? "").split(separator: " ").map { $0.lowercased() }
        if keywords.count > 10 || keywords.contains(where: { $0.count > 40 }) {
            throw OktaError.validation("q: at most 10 keywords of at most 40 characters each")
        }
    }

    /// Whether a stored event passes the filter and keywords.
    func matches(_ event: OktaEvent) -> Bool {
        (filter.map { f in f.matches { event.values(at: $0) } } ?? true) && event.contains(keywords: keywords)
    }

    /// The query string of the next page: the same query from `cursor` (`since` is replaced by the cursor).
    func nextQueryString(_ cursor: LogCursor) -> String {
        var items: [(String, String)] = []
        if let until { items.append(("until", until.iso8601)) }
        if let filterText { items.append(("filter", filterText)) }
        if let qText { items.append(("q", qText)) }
        items.append(("limit", String(limit)))
        if order == .descending { items.append(("sortOrder", order.rawValue)) }
        items.append(("after", cursor.text))
        return QueryString.encode(items)
    }
}

/// Query strings with the characters Okta's links escape.
enum QueryString {
    static func encode(_ items: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+:\" ")
        return items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
    }
}
