import Foundation
import VigilEvent

extension OktaClient {
    /// Okta's largest System Log page.
    public static let maxLogPageSize = 1000

    /// The first page of a System Log query. Without `until` it is a polling query: follow `next` forever.
    /// `filter` is a SCIM filter (`eventType eq "user.session.start"`), `q` keywords.
    public func logsURL(since: Date?, until: Date? = nil, limit: Int = maxLogPageSize, filter: String? = nil, q: String? = nil) -> URL {
        url("/api/v1/logs", [
            ("since", since.map(Self.iso8601)), ("until", until.map(Self.iso8601)),
            ("limit", String(min(max(limit, 1), Self.maxLogPageSize))),
            ("filter", filter), ("q", q), ("sortOrder", "ASCENDING"),
        ])
    }

    /// Reads the page at `url` (`logsURL(…)` or a `next` link), indexing the events with `plan` (give the
    /// detection stage's, so detection does not scan them again). Records that are not usable LogEvents are
    /// returned as rejections; the rest of the page is still returned.
    public func logsPage(at url: URL, plan: FieldPlan = .standard) async throws -> SystemLogPage {
        let response = try await call(OktaRequest(url: url))
        let body = response.body
        // A page is a JSON array; reject anything else outright rather than reading it as events.
        guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "[") else {
            throw OktaClientError.unexpectedBody(request: "GET /api/v1/logs", reason: "expected a JSON array of LogEvents")
        }
        let (events, rejections) = EventReader.read(body, plan: plan)
        let links = response.links
        return SystemLogPage(events: events, rejections: rejections, next: links.next.flatMap(URL.init(string:)),
                             selfURL: links.selfLink.flatMap(URL.init(string:)), serverDate: response.date)
    }

    static func iso8601(_ date: Date) -> String { Timestamp(date).iso8601 }
}
