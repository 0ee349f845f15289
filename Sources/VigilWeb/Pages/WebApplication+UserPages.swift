import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    func addUserPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/users", .page, role: .viewer) { call in
            if let id = call.query.nonEmpty("id") { return .redirect(to: Self.userPath(id)) }
            return views.page("users", title: "Users", nav: "/users", identity: call.identity, model: try await usersModel())
        }
        add(router, .get, "/users/{id}", .page, role: .viewer) { call in
            let overview = try await userOverview(call.parameter("id"))
            let refreshed = call.query.nonEmpty("refreshed")
            return views.page("user", title: overview.profile.login ?? overview.profile.id, nav: "/users", identity: call.identity,
                              model: UserModel(overview: overview, refreshed: refreshed, refreshError: call.query.nonEmpty("refreshError"),
                                               refreshAvailable: refresher != nil, path: Self.userPath(overview.profile.id)))
        }
        add(router, .post, "/users/{id}/refresh", .page, role: .analyst) { call in
            let id = try call.parameter("id")
            do {
                let result = try await refreshUser(id, call)
                let message = "Fetched \(result.fetched) event(s) from Okta; \(result.stored) new." + (result.oktaStatus.map { " Okta status: \($0)." } ?? "")
                return .redirect(to: Self.userPath(id) + "?" + Self.encode(["refreshed": message]))
            } catch let error as WebError where error.status == .badGateway || error.status == .serviceUnavailable {
                return .redirect(to: Self.userPath(id) + "?" + Self.encode(["refreshError": error.message]))
            }
        }
    }

    static func userPath(_ id: String) -> String {
        "/users/" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._@"))) ?? id)
    }

    /// Users with recent alerts and the most recently active users, to start from.
    func usersModel() async throws -> UsersModel {
        let alerts = try await AlertFilter(FormData(encoded: "limit=300")).run(store, triage: triage)
        var seen = Set<String>(), alerted: [UsersModel.Entry] = []
        for a in alerts where a.entity.isUser {
            guard let id = a.entity.id, seen.insert(id).inserted else { continue }
            alerted.append(.init(id: id, label: a.entity.label, detail: "\(a.severity): \(a.title)", path: Self.userPath(id)))
        }
        var recentSeen = Set<String>(), recent: [UsersModel.Entry] = []
        for e in try store.search(EventQuery(limit: 1_000)).map(EventSummary.init) {
            guard let actor = e.actor, actor.isUser, recentSeen.insert(actor.id).inserted else { continue }
            recent.append(.init(id: actor.id, label: actor.label, detail: "\(e.eventType) at \(e.published)", path: Self.userPath(actor.id)))
        }
        return UsersModel(alerted: Array(alerted.prefix(30)), recent: Array(recent.prefix(30)))
    }

    struct UsersModel {
        struct Entry { var id: String; var label: String; var detail: String; var path: String }
        var alerted: [Entry]
        var recent: [Entry]
    }

    struct UserModel {
        var overview: UserOverview
        var refreshed: String?
        var refreshError: String?
        var refreshAvailable: Bool
        var path: String
    }
}
