import Foundation
import Hummingbird

extension WebApplication {
    func addEventPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/events", .page, role: .viewer) { call in
            let feed = try EventFeed(call.query)
            let page = try feed.run(store)
            var next = call.query.fields
            next["cursor"] = page.nextCursor
            return views.page("events", title: "Events", nav: "/events", identity: call.identity, model: EventsModel(
                form: feed.form, events: page.events,
                outcomes: Option.list(["SUCCESS", "FAILURE", "DENY", "ALLOW", "CHALLENGE", "SKIPPED"], selected: feed.form.outcome.uppercased(), any: "any outcome"),
                nextPage: page.nextCursor.map { _ in "/events?" + Self.encode(next) },
                live: call.query["cursor"] == nil, pollSeconds: configuration.feedPollSeconds,
                apiQuery: Self.encode(call.query.fields.filter { $0.key != "cursor" && $0.key != "limit" })))
        }
        add(router, .get, "/events/{uuid}", .page, role: .viewer) { call in
            let detail = try eventDetail(call.parameter("uuid"))
            return views.page("event", title: detail.summary.eventType, nav: "/events", identity: call.identity, model: detail)
        }
    }

    struct EventsModel {
        var form: EventFeed.Form
        var events: [EventSummary]
        var outcomes: [Option]
        var nextPage: String?
        /// The first page follows new events as they arrive; older pages stay put.
        var live: Bool
        var pollSeconds: Int
        var apiQuery: String
    }

    static func encode(_ fields: [String: String]) -> String {
        fields.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? "")" }
            .joined(separator: "&")
    }
}

