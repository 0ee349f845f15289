import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilSigma
@testable import VigilWeb

@Suite("REST API: alerts")
struct AlertsAPITests {
    @Test("The list filters by severity, rule and entity")
    func list() async throws {
        try await withApp { fixture, client in
            let all = try #require(try await client.execute(uri: "/api/v1/alerts?limit=1000", method: .get, headers: fixture.bearer(.viewer))
                .json()["alerts"].array)
            // The store groups a rule's alerts on one entity, so it holds fewer than the detector raised.
            #expect(all.count == (try fixture.store.alerts(limit: 1000)).count)
            let high = try #require(try await client.execute(uri: "/api/v1/alerts?severity=high&limit=1000", method: .get, headers: fixture.bearer(.viewer))
                .json()["alerts"].array)
            #expect(high.count == (try fixture.store.alerts(minimumSeverity: SigmaLevel.high.rank, limit: 1000)).count)
            #expect(high.allSatisfy { ($0["severityRank"].int ?? 0) >= SigmaLevel.high.rank })
            let target = fixture.userAlert
            let byEntity = try #require(try await client.execute(uri: "/api/v1/alerts?entity=\(escapePath(target.entity.id))&rule=\(target.rule.id)",
                                                                 method: .get, headers: fixture.bearer(.viewer)).json()["alerts"].array)
            #expect(byEntity.contains { $0["id"].string == target.id })
            #expect(byEntity.allSatisfy { $0["ruleId"].string == target.rule.id })
            let bad = try await client.execute(uri: "/api/v1/alerts?severity=urgent", method: .get, headers: fixture.bearer(.viewer))
            #expect(bad.status == .badRequest)
            #expect(try bad.errorMessage().contains("critical"))
        }
    }

    @Test("Detail has why, the evidence in time order, and the entity")
    func detail() async throws {
        try await withApp { fixture, client in
            let alert = fixture.userAlert
            let detail = try await client.execute(uri: "/api/v1/alerts/\(alert.id)", method: .get, headers: fixture.bearer(.viewer)).json()
            #expect(detail["why"].string == alert.why)
            let evidence = try #require(detail["evidence"].array)
            #expect(Set(evidence.compactMap { $0["uuid"].string }) == Set(alert.events))
            let times = evidence.compactMap { $0["published"].string }
            #expect(times == times.sorted())
            #expect(((detail["alert"])["entity"])["id"].string == alert.entity.id)
            #expect((detail["triage"])["status"].string == "new")
            #expect(try await client.execute(uri: "/api/v1/alerts/nope", method: .get, headers: fixture.bearer(.viewer)).status == .notFound)
        }
    }

    @Test("Triage updates status, assignee and notes, keeps history, and is audit-logged")
    func update() async throws {
        try await withApp(benignEvents: 300) { fixture, client in
            let alert = fixture.userAlert
            var headers = fixture.bearer(.analyst)
            headers[.contentType] = "application/json"
            let updated = try await client.execute(uri: "/api/v1/alerts/\(alert.id)", method: .patch, headers: headers,
                                                   body: jsonBody(["status": "resolved", "assignee": "analyst", "note": "User confirmed travel."]))
            #expect(updated.status == .ok)
            let triage = try #require(try updated.json()["triage"])
            #expect(triage["status"].string == "resolved")
            #expect(triage["assignee"].string == "analyst")
            #expect((triage["notes"].array)?.first?["text"].string == "User confirmed travel.")
            #expect((triage["history"].array)?.count == 2)
            let audit = try fixture.store.auditLog(target: "alert:\(alert.id)")
            #expect(audit.first?.actor == "analyst")
            #expect(audit.first?.action == "alert.update")
            #expect(audit.first?.detail?.contains("status=resolved") == true)

            let listed = try #require(try await client.execute(uri: "/api/v1/alerts?status=resolved", method: .get, headers: headers)
                .json()["alerts"].array)
            #expect(listed.map { $0["id"].string } == [alert.id])

            for (body, message) in [(["status": "done"], "status must be one of"), ([:], "nothing to change"),
                                    (["assignee": "nobody-here"], "no Vigil account")] as [([String: Any], String)] {
                let bad = try await client.execute(uri: "/api/v1/alerts/\(alert.id)", method: .patch, headers: headers, body: jsonBody(body))
                #expect(bad.status == .badRequest)
                #expect(try bad.errorMessage().contains(message))
            }
            let notJSON = try await client.execute(uri: "/api/v1/alerts/\(alert.id)", method: .patch, headers: headers, body: ByteBuffer(string: "{status"))
            #expect(notJSON.status == .badRequest)
            #expect(try notJSON.errorMessage().contains("not valid JSON"))
            let wrongType = try await client.execute(uri: "/api/v1/alerts/\(alert.id)", method: .patch, headers: headers, body: jsonBody(["status": 3]))
            #expect((try wrongType.json()["error"])["field"].string == "status")
            let missing = try await client.execute(uri: "/api/v1/alerts/nope", method: .patch, headers: headers, body: jsonBody(["status": "resolved"]))
            #expect(missing.status == .notFound)
        }
    }

    @Test("Without a triage implementation, updates answer 503 saying so")
    func triageMissing() async throws {
        let fixture = try await Fixture.make(benignEvents: 100)
        defer { fixture.close() }
        let router = Router(context: WebRequestContext.self)
        try await fixture.webApplication(triage: false).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in
            var headers = fixture.bearer(.analyst)
            headers[.contentType] = "application/json"
            let response = try await client.execute(uri: "/api/v1/alerts/\(fixture.userAlert.id)", method: .patch, headers: headers,
                                                    body: jsonBody(["status": "resolved"]))
            #expect(response.status == .serviceUnavailable)
            #expect(try response.errorMessage().contains("not configured"))
        }
    }
}
