import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore
@testable import VigilWeb

@Suite("Access: changing passwords, disabling accounts")
struct AccountManagementTests {
    static let newPassword = "a brand new passphrase"

    func signInStatus(_ client: some TestClientProtocol, _ username: String, _ password: String) async throws -> HTTPResponse.Status {
        try await LoginThrottleTests.attempt(client, username, password.replacingOccurrences(of: " ", with: "+")).status
    }

    @Test("Changing your own password needs the current one, ends your other sessions and keeps this one")
    func changeOwn() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            let this = try await BrowserSession.signIn(client, as: "analyst")
            let other = try await BrowserSession.signIn(client, as: "analyst")

            let wrong = try await this.post(client, "/account/password",
                                            form: "currentPassword=nope&newPassword=\(Self.newPassword)&confirmPassword=\(Self.newPassword)")
            #expect(wrong.status == .forbidden)
            #expect(wrong.text.contains("the current password is wrong"))
            #expect(try fixture.store.auditLog().first?.action == "account.password_change_failed")
            let mismatch = try await this.post(client, "/account/password",
                                               form: "currentPassword=\(Fixture.password)&newPassword=\(Self.newPassword)&confirmPassword=other")
            #expect(mismatch.text.contains("differ"))

            let changed = try await this.post(client, "/account/password",
                                              form: "currentPassword=\(Fixture.password)&newPassword=\(Self.newPassword)&confirmPassword=\(Self.newPassword)")
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Password changed"))
            #expect(try fixture.store.auditLog().first?.action == "account.password_change")
            #expect(try await client.execute(uri: "/", method: .get, headers: this.headers).status == .ok)
            #expect(try await client.execute(uri: "/", method: .get, headers: other.headers).status == .seeOther)
            #expect(try await signInStatus(client, "analyst", Fixture.password) == .unauthorized)
            #expect(try await signInStatus(client, "analyst", Self.newPassword) == .seeOther)
        }
    }

    @Test("The API changes your password with the current one; a short new one is refused naming the field")
    func changeOwnAPI() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            func change(_ current: String, _ new: String) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/me/password", method: .post, headers: fixture.jsonBearer(.viewer),
                                                body: jsonBody(["currentPassword": current, "newPassword": new]))
            }
            #expect(try await change("wrong", Self.newPassword).status == .forbidden)
            let short = try await change(Fixture.password, "short")
            #expect(short.status == .badRequest)
            #expect(try short.json()["error"]["field"].string == "newPassword")
            #expect(try await change(Fixture.password, Self.newPassword).status == .ok)
            #expect(try await signInStatus(client, "viewer", Self.newPassword) == .seeOther)
        }
    }

    @Test("A disabled account cannot sign in, its sessions end and its API tokens stop; enabling restores the tokens")
    func disable() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "viewer")
            let admin = fixture.jsonBearer(.admin)
            let disabled = try await client.execute(uri: "/api/v1/accounts/viewer", method: .patch, headers: admin, body: jsonBody(["disabled": true]))
            #expect(disabled.status == .ok)
            #expect(try disabled.json()["disabled"].bool == true)
            #expect(try fixture.store.auditLog().first?.action == "account.disable")
            #expect(try fixture.store.auditLog().first?.actor == "admin")

            #expect(try await client.execute(uri: "/", method: .get, headers: session.headers).status == .seeOther)
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: fixture.bearer(.viewer)).status == .unauthorized)
            let refused = try await LoginThrottleTests.attempt(client, "viewer", "correct+horse+battery")
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains("Wrong username or password."))

            let list = try await client.execute(uri: "/api/v1/accounts", method: .get, headers: fixture.bearer(.admin)).json()
            #expect(list["accounts"].array?.first { $0["username"].string == "viewer" }?["disabled"].bool == true)

            #expect(try await client.execute(uri: "/api/v1/accounts/viewer", method: .patch, headers: admin,
                                             body: jsonBody(["disabled": false])).status == .ok)
            #expect(try fixture.store.auditLog().first?.action == "account.enable")
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: fixture.bearer(.viewer)).status == .ok)
            #expect(try await signInStatus(client, "viewer", Fixture.password) == .seeOther)
        }
    }

    @Test("Admins reset others' passwords (ending their sessions); bad updates change nothing")
    func reset() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "analyst")
            let admin = fixture.jsonBearer(.admin)
            func patch(_ who: String, _ body: [String: Any], _ headers: HTTPFields? = nil) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/accounts/\(who)", method: .patch, headers: headers ?? admin, body: jsonBody(body))
            }
            #expect(try await patch("analyst", ["password": "short", "disabled": true]).status == .badRequest)
            #expect(try fixture.store.account(username: "analyst")?.disabled == false)
            #expect(try await patch("analyst", [:]).status == .badRequest)
            #expect(try await patch("nobody", ["disabled": true]).status == .notFound)
            #expect(try await patch("admin", ["disabled": true]).status == .conflict)
            #expect(try await patch("viewer", ["disabled": true], fixture.jsonBearer(.analyst)).status == .forbidden)

            #expect(try await patch("analyst", ["password": Self.newPassword]).status == .ok)
            #expect(try fixture.store.auditLog().first?.action == "account.password_reset")
            #expect(try await client.execute(uri: "/", method: .get, headers: session.headers).status == .seeOther)
            #expect(try await signInStatus(client, "analyst", Self.newPassword) == .seeOther)
        }
    }

    @Test("The Access page disables, enables and resets accounts, with no way to disable yourself")
    func adminPage() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            let admin = try await BrowserSession.signIn(client, as: "admin")
            let page = try await client.execute(uri: "/admin", method: .get, headers: admin.headers).text
            #expect(page.contains("/admin/accounts/viewer/disabled"))
            #expect(!page.contains("/admin/accounts/admin/disabled"))

            let disabled = try await admin.post(client, "/admin/accounts/viewer/disabled", form: "disabled=true")
            #expect(disabled.status == .ok)
            #expect(try fixture.store.account(username: "viewer")?.disabled == true)
            #expect(try await admin.post(client, "/admin/accounts/viewer/disabled", form: "disabled=false").status == .ok)
            #expect(try fixture.store.account(username: "viewer")?.disabled == false)

            let short = try await admin.post(client, "/admin/accounts/viewer/password", form: "password=short")
            #expect(short.status == .badRequest)
            #expect(short.text.contains("at least 12 characters"))
            let reset = try await admin.post(client, "/admin/accounts/viewer/password", form: "password=\(Self.newPassword)")
            #expect(reset.text.contains("Password of viewer reset"))
            #expect(try await signInStatus(client, "viewer", Self.newPassword) == .seeOther)
            // Without the CSRF token nothing happens.
            #expect(try await admin.post(client, "/admin/accounts/viewer/disabled", form: "disabled=true", csrf: false).status == .forbidden)
            #expect(try fixture.store.account(username: "viewer")?.disabled == false)
        }
    }
}
