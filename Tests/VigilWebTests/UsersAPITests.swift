import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("REST API: users")
struct UsersAPITests {
    @Test("A user's profile, daily activity, sessions, devices and alerts come from stored events")
    func overview() async throws {
        try await withApp { fixture, client in
            let alert = fixture.userAlert
            let login = try #require(alert.entity.alternateId)
            let own = fixture.events.filter { $0.string(.actorId) == alert.entity.id }
            let overview = try await client.execute(uri: "/api/v1/users/\(escapePath(login))", method: .get, headers: fixture.bearer(.viewer)).json()
            let profile = try #require(overview["profile"])
            #expect(profile["id"].string == alert.entity.id)
            #expect(profile["login"].string == login || own.isEmpty)
            #expect((overview["alerts"].array)?.contains { $0["id"].string == alert.id } == true)
            let days = try #require(try await client.execute(uri: "/api/v1/users/\(alert.entity.id)/activity", method: .get,
                                                             headers: fixture.bearer(.viewer)).json()["days"].array)
            #expect(days.reduce(0) { $0 + ($1["events"].int ?? 0) } == own.count)
            let sessions = try #require(try await client.execute(uri: "/api/v1/users/\(alert.entity.id)/sessions", method: .get,
                                                                 headers: fixture.bearer(.viewer)).json()["sessions"].array)
            let sessionIds = Set(own.compactMap { $0.string(.externalSessionId) }.filter { $0 != "unknown" })
            #expect(Set(sessions.compactMap { $0["id"].string }) == sessionIds)
            let devices = try #require(try await client.execute(uri: "/api/v1/users/\(alert.entity.id)/devices", method: .get,
                                                                headers: fixture.bearer(.viewer)).json()["devices"].array)
            #expect(Set(devices.compactMap { $0["userAgent"].string }) == Set(own.compactMap { $0.string(.userAgent) }))
            let alerts = try await client.execute(uri: "/api/v1/users/\(alert.entity.id)/alerts", method: .get, headers: fixture.bearer(.viewer))
            #expect(alerts.status == .ok)
            let unknown = try await client.execute(uri: "/api/v1/users/nobody%40nowhere.example", method: .get, headers: fixture.bearer(.viewer))
            #expect(unknown.status == .notFound)
        }
    }

    @Test("Refresh asks Okta through the refresher, is audit-logged, and reports Okta failures as 502")
    func refresh() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let id = fixture.userAlert.entity.id
            let response = try await client.execute(uri: "/api/v1/users/\(id)/refresh", method: .post, headers: fixture.bearer(.analyst))
            #expect(response.status == .ok)
            #expect(try response.json()["fetched"].int == 12)
            #expect(fixture.refresher.requests.withLock { $0 } == [id])
            #expect(try fixture.store.auditLog(target: "user:\(id)").first?.action == "user.refresh")
            let failing = try await client.execute(uri: "/api/v1/users/unreachable/refresh", method: .post, headers: fixture.bearer(.analyst))
            #expect(failing.status == .badGateway)
            #expect(try failing.errorMessage().contains("503"))
        }
    }
}
