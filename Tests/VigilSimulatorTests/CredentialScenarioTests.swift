import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct CredentialScenarioTests {
    @Test func pushBombingDeniesManyPushesThenOneIsAccepted() throws {
        let played = try PlayedScenario(.mfaPushBombing)
        let mfa = played.ofType("user.authentication.auth_via_mfa")
        let denied = mfa.filter { $0.result == "FAILURE" }
        let accepted = try #require(mfa.last)
        #expect(denied.count >= 5)
        #expect(accepted.result == "SUCCESS")
        #expect(Set(mfa.map(\.actorLogin)).count == 1, "every prompt targets the same user")
        #expect(played.ofType("system.push.send_factor_verify_push").count >= denied.count + 1)
        let minutes = Double(accepted.published.millis - denied[0].published.millis) / 60_000
        #expect(minutes > 0 && minutes < 10, "the bombing lasts minutes, got \(minutes)")
        #expect(played.ofType("user.session.start").last?.result == "SUCCESS")
    }

    @Test func sprayFromOneIPHitsManyUsers() throws {
        let played = try PlayedScenario(.passwordSpraySingleIP)
        let failures = played.ofType("user.session.start").filter { $0.result == "FAILURE" }
        #expect(Set(failures.map(\.ip)).count == 1)
        #expect(Set(failures.map(\.actorLogin)).count >= 20)
        #expect(failures.allSatisfy { $0.text("outcome.reason") == "INVALID_CREDENTIALS" })
    }

    @Test func distributedSprayUsesManyIPsAndOneAgent() throws {
        let played = try PlayedScenario(.passwordSprayDistributed)
        let failures = played.ofType("user.session.start").filter { $0.result == "FAILURE" }
        #expect(Set(failures.map(\.ip)).count >= 20)
        #expect(Set(failures.map(\.actorLogin)).count >= 20)
        #expect(Set(failures.map { $0.text("client.userAgent.rawUserAgent") }).count == 1)
    }

    @Test func bruteForceEndsInLockout() throws {
        let played = try PlayedScenario(.bruteForceLockout)
        let failures = played.ofType("user.session.start").filter { $0.result == "FAILURE" }
        #expect(failures.count >= 5 && Set(failures.map(\.actorLogin)).count == 1)
        let lock = try #require(played.events.last)
        #expect(lock["eventType"] as? String == "user.account.lock")
        #expect(lock.targets.first?["alternateId"] as? String == failures[0].actorLogin)
    }

    @Test func credentialStuffingTriesUnknownUsersAndTriggersThreatInsight() throws {
        let played = try PlayedScenario(.credentialStuffing)
        let failures = played.ofType("user.session.start").filter { $0.result == "FAILURE" }
        #expect(failures.count >= 20 && failures.allSatisfy { $0.text("actor.id") == "unknown" })
        let logins = Set(played.org.users.map(\.login))
        #expect(failures.allSatisfy { !logins.contains($0.actorLogin!) })
        let threats = played.ofType("security.threat.detected")
        #expect(!threats.isEmpty && threats.allSatisfy { $0.text("debugContext.debugData.threatSuspected") == "true" })
    }

    @Test func theSprayingIPThenSignsInSuccessfully() throws {
        let played = try PlayedScenario(.loginAfterSpray)
        let starts = played.ofType("user.session.start")
        let failures = starts.filter { $0.result == "FAILURE" }
        let success = try #require(starts.last)
        #expect(success.result == "SUCCESS" && failures.count >= 10)
        #expect(failures.allSatisfy { $0.ip == success.ip })
        #expect(!failures.contains { $0.actorLogin == success.actorLogin })
    }
}
