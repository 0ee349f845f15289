import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct AdministrationScenarioTests {
    @Test func superAdminGoesToAnOrdinaryUser() throws {
        let played = try PlayedScenario(.superAdminGranted)
        let grant = try #require(played.ofType("user.account.privilege.grant").first)
        #expect(grant.text("debugContext.debugData.privilegeGranted") == "Super Administrator")
        let grantee = try #require(grant.targets.first?["alternateId"] as? String)
        let admins = Set(played.org.adminIndices.map { played.org.users[$0].login })
        #expect(!admins.contains(grantee) && admins.contains(grant.actorLogin!))
    }

    @Test func apiTokenCreationNamesTheToken() throws {
        let played = try PlayedScenario(.apiTokenCreated)
        let create = try #require(played.ofType("system.api_token.create").first)
        #expect(create.targets.first?["type"] as? String == "Token")
        #expect((create.targets.first?["id"] as? String)?.hasPrefix("00T") == true)
    }

    @Test func factorResetIsFollowedByEnrollmentFromANewDevice() throws {
        let played = try PlayedScenario(.factorResetThenEnroll)
        let reset = try #require(played.ofType("user.mfa.factor.reset_all").first)
        let enroll = try #require(played.ofType("user.mfa.factor.activate").first)
        let user = try #require(reset.targets.first?["alternateId"] as? String)
        #expect(enroll.actorLogin == user && enroll.published.millis > reset.published.millis)
        let victim = try #require(played.org.users.first { $0.login == user })
        let deviceId = try #require(enroll.text("device.id"))
        #expect(!victim.devices.map(\.id).contains(deviceId))
        #expect(enroll.ip != victim.homeIP)
        #expect(!played.ofType("device.enrollment.create").isEmpty)
    }

    @Test func aNewIdPIsUsedToSignIn() throws {
        let played = try PlayedScenario(.idpCreatedAndUsed)
        let created = try #require(played.ofType("system.idp.lifecycle.create").first)
        let used = try #require(played.ofType("user.authentication.auth_via_IDP").first)
        let idp = try #require(created.targets.first?["id"] as? String)
        #expect(used.targets.contains { $0["id"] as? String == idp })
        #expect(used.published.millis > created.published.millis)
    }

    @Test func signOnRuleIsDowngradedAndAPolicyDeactivated() throws {
        let played = try PlayedScenario(.policyDowngrade)
        let update = try #require(played.ofType("policy.rule.update").first)
        let change = try #require(update.targets.first?["changeDetails"] as? [String: Any])
        #expect((change["from"] as? [String: Any])?["factorMode"] as? String == "2FA")
        #expect((change["to"] as? [String: Any])?["factorMode"] as? String == "1FA")
        #expect(!played.ofType("policy.lifecycle.deactivate").isEmpty)
    }

    @Test func oktaSupportImpersonatesAfterAGrant() throws {
        let played = try PlayedScenario(.oktaSupportImpersonation)
        let grant = try #require(played.ofType("user.session.impersonation.grant").first)
        let initiate = try #require(played.ofType("user.session.impersonation.initiate").first)
        #expect(initiate.actorLogin == "support@okta.com" && initiate.published.millis > grant.published.millis)
    }

    @Test func visibilityAndZonesAreRemoved() throws {
        let stream = try PlayedScenario(.logStreamTampering)
        #expect(stream.ofType("system.log_stream.lifecycle.deactivate").count == 1)
        #expect(stream.ofType("system.log_stream.lifecycle.delete").first?.targets.first?["type"] as? String == "LogStream")
        let zone = try PlayedScenario(.networkZoneDeleted)
        let deleted = try #require(zone.ofType("zone.delete").first)
        #expect(deleted.targets.first?["type"] as? String == "NetworkZone")
    }
}
