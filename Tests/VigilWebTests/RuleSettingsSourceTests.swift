import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilDetect
import VigilIngest
import VigilStore
@testable import VigilWeb

@Suite("Rule switches reach detection through StoredRuleSettings")
struct RuleSettingsSourceTests {
    @Test("Switched-off rules are reported and their alerts dropped; switching back on restores them")
    func stored() async throws {
        let fixture = try await Fixture.make(benignEvents: 200)
        defer { fixture.close() }
        let source: any RuleSettingsSource = StoredRuleSettings(store: fixture.store)
        #expect(try source.disabledRuleIds().isEmpty)
        #expect(try source.admitted(fixture.alerts) == fixture.alerts)

        let noisy = try #require(fixture.alerts.first).rule.id
        try fixture.store.setRule(noisy, enabled: false, by: "test")
        try fixture.store.setRule("some-other-rule", enabled: true, by: "test")
        #expect(try source.disabledRuleIds() == [noisy])
        let admitted = try source.admitted(fixture.alerts)
        #expect(!admitted.isEmpty && admitted.allSatisfy { $0.rule.id != noisy })
        #expect(admitted.count == fixture.alerts.filter { $0.rule.id != noisy }.count)

        try fixture.store.setRule(noisy, enabled: true, by: "test")
        #expect(try source.admitted(fixture.alerts) == fixture.alerts)
    }
}

@Suite("Rule switches only turn rules off")
struct RuleSwitchLimitsTests {
    @Test("A rule its file marks deprecated shows as off and cannot be switched on (409)")
    func deprecated() async throws {
        let fixture = try await Fixture.make(benignEvents: 20)
        defer { fixture.close() }
        let rules = fixture.directory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try """
            title: Old Test Rule
            id: 0d6c1f0e-5d0a-4c55-9d55-0c2f7d1f0a01
            status: deprecated
            description: Kept for history.
            logsource:
                product: okta
                service: okta
            detection:
                selection:
                    eventType: user.session.start
                condition: selection
            level: low
            """.write(to: rules.appendingPathComponent("old.yml"), atomically: true, encoding: .utf8)
        let web = try await fixture.webApplication(ruleSet: try RuleSet(directories: [rules], managed: false))
        try await fixture.application(web).test(.router) { client in
            let uri = "/api/v1/rules/0d6c1f0e-5d0a-4c55-9d55-0c2f7d1f0a01"
            #expect(try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.admin)).json()["enabled"].bool == false)
            let on = try await client.execute(uri: uri, method: .patch, headers: fixture.jsonBearer(.admin), body: jsonBody(["enabled": true]))
            #expect(on.status == .conflict)
            #expect(try on.errorMessage().contains("deprecated"))
            #expect(try fixture.store.ruleSettings().isEmpty)
            #expect(try await client.execute(uri: uri, method: .patch, headers: fixture.jsonBearer(.admin),
                                             body: jsonBody(["enabled": false])).status == .ok)
        }
    }
}
