import Foundation
import Hummingbird

extension WebApplication {
    var userRoutes: [APIRoute] {
        func part<T: Encodable>(_ path: String, _ summary: String, _ schema: String, _ pick: @escaping @Sendable (UserOverview) -> T) -> APIRoute {
            APIRoute(method: .get, path: "/api/v1/users/{id}" + path, summary: summary, tag: "users", role: .viewer, response: schema) { call in
                .json(pick(try await userOverview(call.parameter("id"))))
            }
        }
        return [
            part("", "A user's profile, activity, sessions, devices and alerts, from stored events", "UserOverview") { $0 },
            part("/activity", "A user's events per day", "UserActivity") { UserActivity(days: $0.activity) },
            part("/sessions", "A user's recent sessions", "UserSessions") { UserSessions(sessions: $0.sessions) },
            part("/devices", "The devices (user agents) a user signed in from", "UserDevices") { UserDevices(devices: $0.devices) },
            part("/alerts", "Alerts about a user", "AlertList") { AlertList(alerts: $0.alerts) },
            APIRoute(method: .post, path: "/api/v1/users/{id}/refresh", summary: "Fetch a user's latest events from Okta now",
                     tag: "users", role: .analyst, response: "UserRefreshResult") { call in
                .json(try await refreshUser(call.parameter("id"), call))
            },
        ]
    }

    struct UserActivity: Codable { var days: [UserOverview.Day] }
    struct UserSessions: Codable { var sessions: [UserOverview.Session] }
    struct UserDevices: Codable { var devices: [UserOverview.Device] }

    func userOverview(_ id: String) async throws -> UserOverview {
        guard let overview = try await UserOverview(user: id, store: store, triage: triage) else {
            throw WebError.notFound("no stored event or alert concerns user '\(id)'")
        }
        return overview
    }

    func refreshUser(_ id: String, _ call: WebCall) async throws -> UserRefreshResult {
        guard let refresher else { throw WebError(.serviceUnavailable, "refreshing from Okta is not configured on this server") }
        let result: UserRefreshResult
        do {
            result = try await refresher.refresh(user: id)
        } catch let error as UserRefreshError {
            throw WebError(.badGateway, "Okta could not be asked: \(error.description)")
        }
        try call.audit(store, "user.refresh", target: "user:\(id)", detail: "fetched=\(result.fetched) stored=\(result.stored)")
        return result
    }
}
