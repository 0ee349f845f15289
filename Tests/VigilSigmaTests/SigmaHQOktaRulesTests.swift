import Foundation
import Testing
import VigilEvent
@testable import VigilSigma

/// SigmaHQ's Okta rules (`../shared/sigma/okta`) load unchanged, fire on an event that should match and stay quiet
/// on a near miss. The events are written here, not taken from SigmaHQ.
@Suite struct SigmaHQOktaRulesTests {
    struct Case {
        var type: String
        var fields: String = ""
        var missType: String?
        var missFields: String?
    }

    static let proxyAdmin = #""debugContext":{"debugData":{"requestUri":"/admin/users/00u1"}}"#
    static let cases: [String: Case] = [
        "okta_admin_activity_from_proxy_query": Case(
            type: "user.session.access_admin_app", fields: proxyAdmin + #","securityContext":{"isProxy":true}"#,
            missFields: proxyAdmin + #","securityContext":{"isProxy":false}"#),
        "okta_admin_role_assigned_to_user_or_group": Case(type: "group.privilege.grant", missType: "group.privilege.revoke"),
        "okta_admin_role_assignment_created": Case(type: "iam.resourceset.bindings.add", missType: "iam.resourceset.bindings.delete"),
        "okta_api_token_created": Case(type: "system.api_token.create", missType: "system.api_token.revoke"),
        "okta_api_token_revoked": Case(type: "system.api_token.revoke", missType: "system.api_token.create"),
        "okta_application_modified_or_deleted": Case(type: "application.lifecycle.delete", missType: "application.lifecycle.create"),
        "okta_application_sign_on_policy_modified_or_deleted": Case(
            type: "application.policy.sign_on.rule.delete", missType: "application.policy.sign_on.rule.create"),
        "okta_apt_suspicious_user_creation": Case(
            type: "user.lifecycle.create", fields: #""target":[{"type":"User","displayName":"SVC_Network_Backup01"}]"#,
            missFields: #""target":[{"type":"User","displayName":"svc_backup"}]"#),
        "okta_fastpass_phishing_detection": Case(
            type: "user.authentication.auth_via_mfa",
            fields: #""outcome":{"result":"FAILURE","reason":"FastPass declined phishing attempt"}"#,
            missFields: #""outcome":{"result":"SUCCESS","reason":"FastPass declined phishing attempt"}"#),
        "okta_identity_provider_created": Case(type: "system.idp.lifecycle.create", missType: "system.idp.lifecycle.update"),
        "okta_mfa_reset_or_deactivated": Case(type: "user.mfa.factor.reset_all", missType: "user.mfa.factor.activate"),
        "okta_network_zone_deactivated_or_deleted": Case(type: "zone.delete", missType: "zone.update"),
        "okta_new_behaviours_admin_console": Case(
            type: "policy.evaluate_sign_on",
            fields: #""target":[{"displayName":"Admin policy"},{"displayName":"Okta Admin Console"}],"#
                + #""debugContext":{"debugData":{"behaviors":"{New Geo-Location=POSITIVE, New Device=NEGATIVE}"}}"#,
            missFields: #""target":[{"displayName":"Okta Admin Console"}],"#
                + #""debugContext":{"debugData":{"behaviors":"{New Geo-Location=NEGATIVE, New Device=NEGATIVE}"}}"#),
        "okta_password_health_report_query": Case(
            type: "system.reports.view", fields: #""debugContext":{"debugData":{"requestUri":"/reports/password-health/export"}}"#,
            missFields: #""debugContext":{"debugData":{"requestUri":"/reports/users"}}"#),
        "okta_password_in_alternateid_field": Case(
            type: "user.session.start",
            fields: #""legacyEventType":"core.user_auth.login_failed","actor":{"alternateId":"Winter2024!pass"}"#,
            missFields: #""legacyEventType":"core.user_auth.login_failed","actor":{"alternateId":"alice@example.com"}"#),
        "okta_policy_modified_or_deleted": Case(type: "policy.lifecycle.update", missType: "policy.lifecycle.create"),
        "okta_policy_rule_modified_or_deleted": Case(type: "policy.rule.delete", missType: "policy.rule.add"),
        "okta_security_threat_detected": Case(type: "security.threat.detected", missType: "security.request.blocked"),
        "okta_session_impersonation_granted": Case(
            type: "user.session.impersonation.grant", fields: #""actor":{"alternateId":"someone@evil.test"}"#,
            missFields: #""actor":{"alternateId":"system@okta.com"}"#),
        "okta_suspicious_activity_enduser_report": Case(
            type: "user.account.report_suspicious_activity_by_enduser", missType: "user.account.update_profile"),
        "okta_unauthorized_access_to_app": Case(
            type: "app.generic.unauth_app_access_attempt", fields: #""displayMessage":"User attempted unauthorized access to app""#,
            missFields: #""displayMessage":"User single sign on to app""#),
        "okta_user_account_locked_out": Case(
            type: "user.account.lock", fields: #""displayMessage":"Max sign in attempts exceeded""#,
            missFields: #""displayMessage":"User login to Okta""#),
        "okta_user_created": Case(type: "user.lifecycle.create", missType: "user.lifecycle.activate"),
        "okta_user_session_start_via_anonymised_proxy": Case(
            type: "user.session.start", fields: #""securityContext":{"isProxy":"true"}"#,
            missFields: #""securityContext":{"isProxy":null}"#),
    ]

    /// The one SigmaHQ rule with a placeholder needs its value from configuration.
    static let configuration = SigmaConfiguration(placeholders: ["legtimate_identifiers": ["@trusted.example.com"]])

    static func files() throws -> [URL] {
        let dir = SigmaFixtures.shared.appendingPathComponent("sigma/okta")
        return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yml" }.sorted { $0.path < $1.path }
    }

    @Test func everyRuleHasACase() throws {
        let names = try Self.files().map { $0.deletingPathExtension().lastPathComponent }
        #expect(names.count == 24)
        #expect(Set(names) == Set(Self.cases.keys))
    }

    @Test(arguments: try files())
    func ruleFiresOnMatchAndNotOnNearMiss(_ url: URL) throws {
        let name = url.deletingPathExtension().lastPathComponent
        let c = try #require(Self.cases[name])
        let file = try SigmaFile(contentsOf: url)
        let rule = try #require(file.rules.first)
        let compiled = try CompiledRule(rule, plan: FieldPlan.standard.extended(with: rule.fieldPaths),
                                        configuration: Self.configuration)
        let hit = try SigmaFixtures.event(c.fields, type: c.type, plan: compiled.plan)
        #expect(compiled.matches(hit), "\(name) should match")
        #expect(!compiled.explain(hit).isEmpty)
        let miss = try SigmaFixtures.event(c.missFields ?? c.fields, type: c.missType ?? c.type, plan: compiled.plan)
        #expect(!compiled.matches(miss), "\(name) should not match the near miss")
    }

    @Test func impersonationRuleIsRejectedWithoutItsPlaceholder() throws {
        let url = SigmaFixtures.shared.appendingPathComponent("sigma/okta/okta_session_impersonation_granted.yml")
        let rule = try #require(try SigmaFile(contentsOf: url).rules.first)
        let error = try #require(throws: SigmaError.self) { try CompiledRule(rule, plan: FieldPlan.standard.extended(with: rule.fieldPaths)) }
        #expect(error.file == url.path)
        #expect(error.problem.contains("%legtimate_identifiers%"))
        // With it, the trusted domain is filtered.
        let compiled = try CompiledRule(rule, plan: FieldPlan.standard.extended(with: rule.fieldPaths), configuration: Self.configuration)
        let trusted = try SigmaFixtures.event(#""actor":{"alternateId":"helpdesk@trusted.example.com"}"#,
                                              type: "user.session.impersonation.grant", plan: compiled.plan)
        #expect(!compiled.matches(trusted))
    }

    /// The explanation of a SigmaHQ rule for its matching case.
    func explanation(_ name: String) throws -> String {
        let url = SigmaFixtures.shared.appendingPathComponent("sigma/okta/\(name).yml")
        let rule = try #require(try SigmaFile(contentsOf: url).rules.first)
        let compiled = try CompiledRule(rule, plan: FieldPlan.standard.extended(with: rule.fieldPaths))
        let c = try #require(Self.cases[name])
        return compiled.explain(try SigmaFixtures.event(c.fields, type: c.type, plan: compiled.plan))
    }

    @Test func explanationNamesValues() throws {
        #expect(try explanation("okta_new_behaviours_admin_console") == #"eventType is "policy.evaluate_sign_on" and target.displayName is "Okta Admin Console" and "#
            + #"debugContext.debugData.behaviors contains "POSITIVE" (actual: "{New Geo-Location=POSITIVE, New Device=NEGATIVE}")"#)
    }

    @Test func explanationLeavesOutActualValuesThatAddNothing() throws {
        #expect(try explanation("okta_fastpass_phishing_detection") == #"outcome.reason is "FastPass declined phishing attempt" and outcome.result is "FAILURE" and "#
            + #"eventType is "user.authentication.auth_via_mfa""#)
    }
}
