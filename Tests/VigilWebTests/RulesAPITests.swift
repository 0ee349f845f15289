import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilDetect
@testable import VigilWeb

@Suite("REST API: rules")
struct RulesAPITests {
    @Test("Rules list with severity, examples and last fired; disabling persists and is audited")
    func listAndToggle() async throws {
        try await withApp(benignEvents: 300) { fixture, client in
            let rules = try #require(try await client.execute(uri: "/api/v1/rules", method: .get, headers: fixture.bearer(.viewer))
                .json()["rules"].array)
            #expect(rules.count == fixture.ruleSet.rules.count)
            let fired = fixture.userAlert.rule.id
            let ruleFound = rules.first { $0["id"].string == fired }
            let rule = try #require(ruleFound)
            #expect(rule["lastFired"].string != nil)
            #expect((rule["examples"].int ?? 0) > 0)

            var headers = fixture.bearer(.admin)
            headers[.contentType] = "application/json"
            let off = try await client.execute(uri: "/api/v1/rules/\(fired)", method: .patch, headers: headers, body: jsonBody(["enabled": false]))
            #expect(try off.json()["enabled"].bool == false)
            #expect(try fixture.store.ruleSettings()[fired] == false)
            #expect(try fixture.store.auditLog(target: "rule:\(fired)").first?.action == "rule.disable")
            let again = try await client.execute(uri: "/api/v1/rules/\(fired)", method: .get, headers: headers)
            #expect(try again.json()["enabled"].bool == false)
            let bad = try await client.execute(uri: "/api/v1/rules/\(fired)", method: .patch, headers: headers, body: jsonBody(["enabled": "no"]))
            #expect(bad.status == .badRequest)
            let missing = try await client.execute(uri: "/api/v1/rules/\(fired)", method: .patch, headers: headers, body: jsonBody([:]))
            #expect(try missing.errorMessage().contains("enabled"))
            #expect(try await client.execute(uri: "/api/v1/rules/nope", method: .get, headers: headers).status == .notFound)
        }
    }

    @Test("Testing a rule against a posted event says whether and why it matches")
    func testRule() async throws {
        try await withApp(benignEvents: 100) { fixture, client in
            let alert = fixture.userAlert
            let evidenceFound = fixture.events.first { alert.events.contains($0.uuid) }
            let evidence = try #require(evidenceFound)
            var headers = fixture.bearer(.viewer)
            headers[.contentType] = "application/json"
            let matched = try await client.execute(uri: "/api/v1/rules/\(alert.rule.id)/test", method: .post, headers: headers,
                                                   body: ByteBuffer(bytes: evidence.raw)).json()
            #expect(matched["matched"].bool == true)
            #expect((matched["explanation"].string)?.isEmpty == false)
            let benignFound = fixture.events.first { e in !fixture.alerts.contains { $0.events.contains(e.uuid) } }
            let benign = try #require(benignFound)
            let notMatched = try await client.execute(uri: "/api/v1/rules/\(alert.rule.id)/test", method: .post, headers: headers,
                                                      body: ByteBuffer(bytes: benign.raw)).json()
            #expect(notMatched["matched"].bool == false)
            let invalid = try await client.execute(uri: "/api/v1/rules/\(alert.rule.id)/test", method: .post, headers: headers,
                                                   body: ByteBuffer(string: "{\"eventType\": 1"))
            #expect(invalid.status == .badRequest)
            #expect(try invalid.errorMessage().contains("not a System Log event"))
            let empty = try await client.execute(uri: "/api/v1/rules/\(alert.rule.id)/test", method: .post, headers: headers)
            #expect(empty.status == .badRequest)
        }
    }
}
