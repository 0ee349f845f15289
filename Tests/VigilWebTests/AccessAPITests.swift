import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("REST API: accounts, API tokens, audit log")
struct AccessAPITests {
    @Test("Admins create tokens (shown once, stored hashed) and revoke them")
    func tokens() async throws {
        try await withApp(benignEvents: 50) { fixture, client in
            var headers = fixture.bearer(.admin)
            headers[.contentType] = "application/json"
            let created = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: headers,
                                                   body: jsonBody(["name": "soar", "username": "viewer"]))
            #expect(created.status == .created)
            let body = try created.json()
            let token = try #require(body["token"].string)
            #expect(token.hasPrefix("vgl_"))
            let id = try #require(body["id"].int)
            let raw = try String(contentsOf: fixture.store.databaseURL, encoding: .isoLatin1)
            #expect(!raw.contains(token))
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"]).json()
            #expect(me["username"].string == "viewer")
            let listed = try #require(try await client.execute(uri: "/api/v1/tokens", method: .get, headers: headers).json()["tokens"].array)
            #expect(listed.contains { $0["name"].string == "soar" && !$0["token"].exists && $0["lastUsed"].exists })
            let revoked = try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: headers)
            #expect(revoked.status == .ok)
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: headers).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/tokens/x", method: .delete, headers: headers).status == .badRequest)
            let noName = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: headers, body: jsonBody(["name": " "]))
            #expect((try noName.json()["error"])["field"].string == "name")
            let actions = try fixture.store.auditLog().map(\.action)
            #expect(actions.contains("token.create") && actions.contains("token.revoke"))
        }
    }

    @Test("Admins create accounts; weak passwords, taken names and unknown roles are refused")
    func accounts() async throws {
        try await withApp(benignEvents: 50) { fixture, client in
            var headers = fixture.bearer(.admin)
            headers[.contentType] = "application/json"
            let created = try await client.execute(uri: "/api/v1/accounts", method: .post, headers: headers,
                                                   body: jsonBody(["username": "dana", "password": "a long enough secret", "role": "analyst"]))
            #expect(created.status == .created)
            #expect(try fixture.store.account(username: "dana")?.role == .analyst)
            #expect(try fixture.store.account(username: "dana")?.passwordHash.hasPrefix("$2") == true)
            for (body, status, field) in [
                (["username": "eve", "password": "short", "role": "viewer"], HTTPResponse.Status.badRequest, "password"),
                (["username": "dana", "password": "a long enough secret", "role": "viewer"], .conflict, "username"),
                (["username": "eve", "password": "a long enough secret", "role": "root"], .badRequest, "role"),
                (["username": "eve/x", "password": "a long enough secret", "role": "viewer"], .badRequest, "username"),
            ] {
                let response = try await client.execute(uri: "/api/v1/accounts", method: .post, headers: headers, body: jsonBody(body))
                #expect(response.status == status)
                #expect((try response.json()["error"])["field"].string == field)
            }
            let list = try #require(try await client.execute(uri: "/api/v1/accounts", method: .get, headers: headers).json()["accounts"].array)
            #expect(list.count == 4)
            let audit = try await client.execute(uri: "/api/v1/audit?target=account:dana", method: .get, headers: headers).json()
            #expect((audit["entries"].array)?.first?["actor"].string == "admin")
            #expect(try await client.execute(uri: "/api/v1/audit?limit=0", method: .get, headers: headers).status == .badRequest)
        }
    }
}
