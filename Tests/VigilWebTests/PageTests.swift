import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("Web UI: pages and forms")
struct PageTests {
    @Test("Every page renders for an admin with its content, security headers and no external resources")
    func pages() async throws {
        try await withApp { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "admin")
            let alert = fixture.userAlert
            let eventFound = fixture.events.first { alert.events.contains($0.uuid) }
            let event = try #require(eventFound)
            let pages: [(String, [String])] = [
                ("/", ["Alerts by severity", "<svg class=\"chart\"", "Events per minute", "Acme production"]),
                ("/events", ["id=\"feed\"", "data-uuid=", "Live"]),
                ("/events?q=\(escapePath(event.eventType))", [event.uuid]),
                ("/events/\(event.uuid)", ["Key facts", "Raw JSON", event.eventType]),
                ("/alerts", ["id=\"alerts\"", alert.id]),
                ("/alerts?severity=\(alert.severity.rawValue)", [alert.id]),
                ("/alerts/\(alert.id)", ["Why", "Evidence timeline", "Triage", "name=\"_csrf\""]),
                ("/users", ["Users with alerts", "Recently active"]),
                ("/users/\(escapePath(alert.entity.id))", ["Activity by day", "Sessions", "Devices", "Refresh User Data"]),
                ("/integrations", ["System Log polling", "Event Hooks", "Validate connection", "signature check failed"]),
                ("/integrations/\(FakeIntegrations.id)/setup", ["aws.partner/okta.com/acme/acme-prod", "AWS account ID", "aws-region", "AWS event source name"]),
                ("/rules", ["id=\"rules\"", alert.rule.title]),
                ("/rules/\(alert.rule.id)", ["Test against an event", "Should match"]),
                ("/admin", ["Accounts", "API tokens", "Audit log", "session.login"]),
            ]
            for (uri, needles) in pages {
                let response = try await client.execute(uri: uri, method: .get, headers: session.headers)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true, "\(uri)")
                let html = response.text
                for needle in needles { #expect(html.contains(needle), "\(uri) lacks \(needle)") }
                #expect(!html.contains("http://") && !html.contains("https://cdn"), "\(uri) loads something from elsewhere")
            }
            for asset in ["vigil.css", "vigil.js", "vigil.svg"] {
                #expect(try await client.execute(uri: "/static/\(asset)", method: .get).status == .ok)
            }
            #expect(try await client.execute(uri: "/static/nope.js", method: .get).status == .notFound)
            let missing = try await client.execute(uri: "/events/nope", method: .get, headers: session.headers)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("no event"))
            let bad = try await client.execute(uri: "/events?outcome=maybe", method: .get, headers: session.headers)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("outcome must be one of"))
        }
    }

    @Test("Pages escape what events contain")
    func escaping() async throws {
        try await withApp(benignEvents: 50) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "viewer")
            let response = try await client.execute(uri: "/events?q=%3Cscript%3Ealert(1)%3C/script%3E", method: .get, headers: session.headers)
            #expect(!response.text.contains("<script>alert(1)"))
            #expect(response.text.contains("&lt;script&gt;"))
        }
    }

    @Test("Forms: triage, rule switch, rule test, user refresh, token creation; each audited")
    func forms() async throws {
        try await withApp(benignEvents: 300) { fixture, client in
            let session = try await BrowserSession.signIn(client, as: "admin")
            let alert = fixture.userAlert
            let triage = try await session.post(client, "/alerts/\(alert.id)", form: "status=resolved&assignee=analyst&note=Benign+travel")
            #expect(triage.status == .seeOther)
            let page = try await client.execute(uri: "/alerts/\(alert.id)", method: .get, headers: session.headers).text
            #expect(page.contains("Benign travel") && page.contains("status: new → resolved"))

            let rule = alert.rule.id
            #expect(try await session.post(client, "/rules/\(rule)/enabled", form: "enabled=false&back=list").headers[.location] == "/rules")
            #expect(try fixture.store.ruleSettings()[rule] == false)
            let evidenceFound = fixture.events.first { alert.events.contains($0.uuid) }
            let evidence = try #require(evidenceFound)
            let raw = String(decoding: evidence.raw, as: UTF8.self).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let tested = try await session.post(client, "/rules/\(rule)/test", form: "event=\(raw)")
            #expect(tested.text.contains("Matched:"))
            let broken = try await session.post(client, "/rules/\(rule)/test", form: "event=%7Bnope")
            #expect(broken.text.contains("not a System Log event"))

            let refreshed = try await session.post(client, "/users/\(escapePath(alert.entity.id))/refresh", form: "")
            #expect(refreshed.status == .seeOther)
            let location = try #require(refreshed.headers[.location])
            let userPage = try await client.execute(uri: location, method: .get, headers: session.headers).text
            #expect(userPage.contains("Fetched 12 event(s) from Okta; 3 new."))

            let token = try await session.post(client, "/admin/tokens", form: "name=ci&username=viewer")
            #expect(token.text.contains("vgl_"))
            let validated = try await session.post(client, "/integrations/\(FakeIntegrations.id)/validate", form: "")
            #expect(validated.text.contains("last verification failed"))
            let account = try await session.post(client, "/admin/accounts", form: "username=fred&password=short&role=viewer")
            #expect(account.text.contains("at least 12 characters"))

            let actions = Set(try fixture.store.auditLog().map(\.action))
            #expect(actions.isSuperset(of: ["alert.update", "rule.disable", "user.refresh", "token.create", "integration.validate", "session.login"]))
        }
    }
}
