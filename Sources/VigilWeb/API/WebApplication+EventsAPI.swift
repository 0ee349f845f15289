import Foundation
import Hummingbird

extension WebApplication {
    static let eventSearchParameters = [
        APIParameter(name: "q", description: "Free text: every word must occur (as a word or word prefix)."),
        APIParameter(name: "eventType", description: "Exact event types, comma-separated (any of them)."),
        APIParameter(name: "outcome", description: "SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE or UNKNOWN."),
        APIParameter(name: "actor", description: "The actor's login or Okta id."),
        APIParameter(name: "ip", description: "The client IP address."),
        APIParameter(name: "session", description: "An Okta session id (externalSessionId or rootSessionId)."),
        APIParameter(name: "since", description: "RFC 3339 time, or a span back from now (15m, 24h, 7d)."),
        APIParameter(name: "until", description: "RFC 3339 time, or a span back from now."),
        APIParameter(name: "limit", description: "Events per page, 1–500 (default 50).", type: "integer"),
        APIParameter(name: "cursor", description: "The nextCursor of the previous page."),
    ]

    var eventRoutes: [APIRoute] {
        [
            APIRoute(method: .get, path: "/api/v1/events", summary: "Search events, newest first", tag: "events", role: .viewer,
                     query: Self.eventSearchParameters, response: "EventPage") { call in
                .json(try EventFeed(call.query).run(store))
            },
            APIRoute(method: .get, path: "/api/v1/events/{uuid}", summary: "One event: key facts and raw JSON", tag: "events",
                     role: .viewer, response: "EventDetail") { call in
                .json(try eventDetail(call.parameter("uuid")))
            },
        ]
    }

    func eventDetail(_ uuid: String) throws -> EventDetail {
        guard let stored = try store.event(uuid: uuid) else { throw WebError.notFound("no event with uuid '\(uuid)'") }
        return try EventDetail(stored)
    }
}
