import Foundation
import Testing
import VigilEvent
import VigilSimulator
@testable import VigilSimulatorServer

@Suite("Users, directory and lifecycle APIs over HTTP")
struct UserAPITests {
    /// The first user with `status`.
    private func user(_ live: LiveServer, status: String) async throws -> [String: Any] {
        let reply = try await live.request("/api/v1/users?filter=\(escape("status eq \"\(status)\""))&limit=1")
        return try #require(reply.array.first, "no \(status) user")
    }

    /// System Log events of `type` whose target includes `id`.
    private func events(_ live: LiveServer, _ type: String, target id: String) async throws -> [[String: Any]] {
        let reply = try await live.request("/api/v1/logs?filter=\(escape("eventType eq \"\(type)\" and target.id eq \"\(id)\""))")
        return reply.array
    }

    @Test("users page with limit, after and Link headers; the pages cover every user but the deactivated once")
    func paging() async throws {
        try await LiveServer.with(users: 45) { live in
            let listed = await live.server.state.org.users.filter { $0.status != .deprovisioned }.map(\.id)
            var next: String? = "/api/v1/users?limit=20"
            var ids: [String] = []
            var pages = 0
            while let url = next {
                let reply = try await live.request(url)
                #expect(reply.status == 200)
                #expect(reply.links.first?.rel == "self")
                ids += reply.array.compactMap { $0["id"] as? String }
                next = reply.next
                pages += 1
            }
            #expect(pages == (listed.count + 19) / 20)
            #expect(ids == listed)
            let deactivated = try await live.request("/api/v1/users?filter=\(escape("status eq \"DEPROVISIONED\""))")
            #expect(deactivated.array.count == 45 - listed.count)
            let one = try await live.request("/api/v1/users/\(ids[0])")
            #expect((one.object["profile"] as? [String: Any])?["login"] as? String != nil)
            let login = try #require((one.object["profile"] as? [String: Any])?["login"] as? String)
            #expect(try await live.request("/api/v1/users/\(login)").object["id"] as? String == ids[0])
        }
    }

    @Test("search and filter by status and lastUpdated; q by name prefix")
    func search() async throws {
        try await LiveServer.with(users: 45) { live in
            let active = try await live.request("/api/v1/users?search=\(escape("status eq \"ACTIVE\""))")
            #expect(!active.array.isEmpty)
            #expect(active.array.allSatisfy { $0["status"] as? String == "ACTIVE" })
            let victim = try await user(live, status: "ACTIVE")
            let id = try #require(victim["id"] as? String)
            let before = Timestamp.now().adding(seconds: -1).iso8601
            #expect(try await live.request("/api/v1/users?filter=\(escape("lastUpdated gt \"\(before)\""))").array.isEmpty)
            _ = try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/suspend")
            let changed = try await live.request("/api/v1/users?filter=\(escape("lastUpdated gt \"\(before)\" and status eq \"SUSPENDED\""))")
            #expect(changed.array.compactMap { $0["id"] as? String } == [id])
            let first = try #require((victim["profile"] as? [String: Any])?["firstName"] as? String)
            let byName = try await live.request("/api/v1/users?q=\(escape(String(first.prefix(3))))")
            #expect(byName.array.contains { $0["id"] as? String == id })
            #expect(try await live.request("/api/v1/users?filter=\(escape("status eq"))").errorCode == "E0000001")
        }
    }

    @Test("suspend, unsuspend, deactivate change the status and log Okta's events; an invalid transition is 400")
    func lifecycle() async throws {
        try await LiveServer.with { live in
            let id = try #require(try await user(live, status: "ACTIVE")["id"] as? String)
            #expect(try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/suspend").status == 200)
            #expect(try await live.request("/api/v1/users/\(id)").object["status"] as? String == "SUSPENDED")
            let again = try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/suspend")
            #expect(again.status == 400)
            #expect(again.errorCode == "E0000001")
            #expect(try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/unsuspend").status == 200)
            #expect(try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/deactivate").status == 200)
            #expect(try await live.request("/api/v1/users/\(id)").object["status"] as? String == "DEPROVISIONED")
            let suspended = try await events(live, "user.lifecycle.suspend", target: id)
            #expect(suspended.count == 1)
            let detail = (suspended.first?["transaction"] as? [String: Any])?["detail"] as? [String: Any]
            #expect(detail?["requestApiTokenId"] as? String != nil, "the SSWS call names its token")
            #expect(try await events(live, "user.lifecycle.unsuspend", target: id).count == 1)
            #expect(try await events(live, "user.lifecycle.deactivate", target: id).count == 1)
            #expect(try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/explode").status == 404)
        }
    }

    @Test("reset factors empties the factor list; expire password returns the user; clear sessions is 204 and logged")
    func responderActions() async throws {
        try await LiveServer.with { live in
            let id = try #require(try await user(live, status: "ACTIVE")["id"] as? String)
            #expect(!(try await live.request("/api/v1/users/\(id)/factors").array.isEmpty))
            #expect(try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/reset_factors").status == 200)
            #expect(try await live.request("/api/v1/users/\(id)/factors").array.isEmpty)
            #expect(try await events(live, "user.mfa.factor.reset_all", target: id).count == 1)
            let expired = try await live.request(.POST, "/api/v1/users/\(id)/lifecycle/expire_password")
            #expect(expired.object["status"] as? String == "PASSWORD_EXPIRED")
            #expect(try await live.request(.DELETE, "/api/v1/users/\(id)/sessions").status == 204)
            #expect(try await events(live, "user.session.clear", target: id).count == 1)
            let locked = try await live.request("/api/v1/users?filter=\(escape("status eq \"LOCKED_OUT\""))")
            if let lockedId = locked.array.first?["id"] as? String {
                #expect(try await live.request(.POST, "/api/v1/users/\(lockedId)/lifecycle/unlock").status == 200)
                #expect(try await events(live, "user.account.unlock_by_admin", target: lockedId).count == 1)
            }
        }
    }

    @Test("groups, apps, devices, roles, API tokens list and get")
    func directory() async throws {
        try await LiveServer.with(users: 60) { live in
            for path in ["/api/v1/groups", "/api/v1/apps", "/api/v1/devices", "/api/v1/api-tokens"] {
                let list = try await live.request(path)
                #expect(list.status == 200, "\(path)")
                let id = try #require(list.array.first?["id"] as? String, "\(path)")
                #expect(try await live.request("\(path)/\(id)").object["id"] as? String == id)
                #expect(try await live.request("\(path)/nope").status == 404)
            }
            let admins = await live.server.state.org.adminIndices
            let adminId = await live.server.state.org.users[try #require(admins.first)].id
            let roles = try await live.request("/api/v1/users/\(adminId)/roles")
            #expect(roles.array.first?["type"] as? String == "SUPER_ADMIN")
            let groups = try await live.request("/api/v1/groups")
            let groupId = try #require(groups.array.first?["id"] as? String)
            #expect(try await live.request("/api/v1/groups/\(groupId)/users").status == 200)
        }
    }
}
