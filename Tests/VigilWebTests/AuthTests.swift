import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore
@testable import VigilWeb

@Suite("Access: sign-in, sessions, API tokens, roles, CSRF")
struct AuthTests {
    @Test("Without credentials the API answers 401 in JSON and pages redirect to the sign-in form")
    func unauthenticated() async throws {
        try await withApp(benignEvents: 200) { _, client in
            let api = try await client.execute(uri: "/api/v1/events", method: .get)
            #expect(api.status == .unauthorized)
            #expect(api.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(try api.errorMessage().contains("Bearer"))
            let page = try await client.execute(uri: "/alerts", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=/alerts")
            let bad = try await client.execute(uri: "/api/v1/events", method: .get, headers: [.authorization: "Bearer vgl_not-a-token"])
            #expect(bad.status == .unauthorized)
            let basic = try await client.execute(uri: "/api/v1/events", method: .get, headers: [.authorization: "Basic YWRtaW46eA=="])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test("Signing in sets an HttpOnly, SameSite=Strict cookie, Secure behind HTTPS; wrong passwords are refused and audited")
    func signIn() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "analyst")
            #expect(!session.csrf.isEmpty)
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: session.headers)
            #expect(try me.json()["role"].string == "analyst")

            let form = try await client.execute(uri: "/login", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            let loginCookie = try #require(form.setCookies.first)
            #expect(loginCookie.contains("HttpOnly") && loginCookie.contains("SameSite=Strict") && loginCookie.contains("Secure"))
            let token = loginCookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)[1]
            let ok = try await client.execute(uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "vigil_login_csrf=\(token)", .init("X-Forwarded-Proto")!: "https"],
                body: ByteBuffer(string: "_csrf=\(token)&username=viewer&password=correct+horse+battery&next=%2Fevents"))
            #expect(ok.status == .seeOther)
            #expect(ok.headers[.location] == "/events")
            let cookieFound = ok.setCookies.first { $0.hasPrefix("vigil_session=") }
            let cookie = try #require(cookieFound)
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure") && cookie.contains("Path=/"))

            let wrong = try await client.execute(uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "vigil_login_csrf=\(token)"],
                body: ByteBuffer(string: "_csrf=\(token)&username=viewer&password=guess"))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Wrong username or password"))
            #expect(try fixture.store.auditLog().contains { $0.action == "session.login_failed" && $0.target == "account:viewer" })

            let forged = try await client.execute(uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "_csrf=\(token)&username=viewer&password=correct+horse+battery"))
            #expect(forged.status == .forbidden)
        }
    }

    @Test("An open redirect through ?next= is refused")
    func safeNext() {
        #expect(WebApplication.safeNext("/alerts?x=1") == "/alerts?x=1")
        #expect(WebApplication.safeNext("//evil.example/") == "/")
        #expect(WebApplication.safeNext("https://evil.example/") == "/")
        #expect(WebApplication.safeNext("/\\evil.example") == "/")
    }

    @Test("State-changing requests from a session need its CSRF token; API tokens do not")
    func csrf() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "analyst")
            let id = fixture.userAlert.id
            let noToken = try await client.execute(uri: "/api/v1/alerts/\(id)", method: .patch,
                                                   headers: [.cookie: session.cookie, .contentType: "application/json"],
                                                   body: jsonBody(["status": "acknowledged"]))
            #expect(noToken.status == .forbidden)
            #expect(try noToken.errorMessage().contains("CSRF"))
            let wrongToken = try await client.execute(uri: "/api/v1/alerts/\(id)", method: .patch,
                headers: [.cookie: session.cookie, .contentType: "application/json", .init("X-CSRF-Token")!: "nope"],
                body: jsonBody(["status": "acknowledged"]))
            #expect(wrongToken.status == .forbidden)
            let form = try await session.post(client, "/alerts/\(id)", form: "status=acknowledged", csrf: false)
            #expect(form.status == .forbidden)
            #expect(try await fixture.triage.states(of: [id]).isEmpty)

            let withToken = try await client.execute(uri: "/api/v1/alerts/\(id)", method: .patch, headers: session.jsonHeaders,
                                                     body: jsonBody(["status": "acknowledged"]))
            #expect(withToken.status == .ok)
            let viaForm = try await session.post(client, "/alerts/\(id)", form: "status=acknowledged")
            #expect(viaForm.status == .seeOther)
            var bearer = fixture.bearer(.analyst)
            bearer[.contentType] = "application/json"
            let api = try await client.execute(uri: "/api/v1/alerts/\(id)", method: .patch, headers: bearer, body: jsonBody(["status": "resolved"]))
            #expect(api.status == .ok)
            #expect(try await fixture.triage.states(of: [id])[id]?.status == .resolved)
        }
    }

    @Test("Roles: viewers read, analysts triage, admins change rules and access")
    func roles() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let alert = fixture.userAlert
            let rule = fixture.ruleSet.rules[0].id
            func call(_ role: AccountRole, _ method: HTTPRequest.Method, _ uri: String, _ body: [String: Any]? = nil) async throws -> HTTPResponse.Status {
                var headers = fixture.bearer(role)
                headers[.contentType] = "application/json"
                return try await client.execute(uri: uri, method: method, headers: headers, body: body.map(jsonBody)).status
            }
            #expect(try await call(.viewer, .get, "/api/v1/alerts") == .ok)
            #expect(try await call(.viewer, .patch, "/api/v1/alerts/\(alert.id)", ["status": "resolved"]) == .forbidden)
            #expect(try await call(.viewer, .post, "/api/v1/users/\(escapePath(alert.entity.id))/refresh") == .forbidden)
            #expect(try await call(.analyst, .patch, "/api/v1/alerts/\(alert.id)", ["status": "resolved"]) == .ok)
            #expect(try await call(.analyst, .patch, "/api/v1/rules/\(rule)", ["enabled": false]) == .forbidden)
            #expect(try await call(.analyst, .get, "/api/v1/tokens") == .forbidden)
            #expect(try await call(.analyst, .get, "/api/v1/audit") == .forbidden)
            #expect(try await call(.admin, .patch, "/api/v1/rules/\(rule)", ["enabled": false]) == .ok)
            #expect(try await call(.admin, .get, "/api/v1/audit") == .ok)

            let viewer = try await BrowserSession.signIn(client, as: "viewer")
            let adminPage = try await client.execute(uri: "/admin", method: .get, headers: viewer.headers)
            #expect(adminPage.status == .forbidden)
            #expect(adminPage.text.contains("admin role"))
            let forbidden = try await client.execute(uri: "/api/v1/rules/\(rule)", method: .patch, headers: viewer.jsonHeaders,
                                                     body: jsonBody(["enabled": true]))
            #expect(forbidden.status == .forbidden)
            #expect(try forbidden.errorMessage().contains("admin"))
        }
    }

    @Test("Signing out ends the session")
    func signOut() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "viewer")
            let out = try await session.post(client, "/logout", form: "")
            #expect(out.status == .seeOther)
            let after = try await client.execute(uri: "/api/v1/me", method: .get, headers: session.headers)
            #expect(after.status == .unauthorized)
            #expect(try fixture.store.auditLog().map(\.action).contains("session.logout"))
        }
    }
}
