import Foundation
import Testing
@testable import VigilDetect

/// `vigil rules lint`: conventions of the managed rule layout.
@Suite struct RuleLintTests {
    @Test func cleanRulePasses() throws {
        let dir = try RuleDirectory(["a.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "A", detection: RuleDirectory.grantDetection)])
        defer { dir.remove() }
        #expect(RuleLint(requireVigilAuthor: true).lint([dir.url]).isEmpty)
    }

    @Test func problemsAreFound() throws {
        let bad = """
            title: Bad
            id: not-a-uuid
            author: Someone
            tags:
                - attack.privilege_escalation
            logsource:
                product: okta
            detection:
                selection:
                    eventType: user.account.privlege.grant
                condition: selection
            """
        let duplicate = RuleDirectory.rule(id: RuleDirectory.grantID, title: "Dup", detection: RuleDirectory.grantDetection)
        let dir = try RuleDirectory(["bad.yml": bad, "a.yml": duplicate, "b.yml": duplicate])
        defer { dir.remove() }
        let problems = RuleLint(requireVigilAuthor: true).lint([dir.url]).map(\.problem)
        for expected in ["missing 'status'", "missing 'description'", "missing 'date'", "id 'not-a-uuid' is not a UUID",
                         "missing 'level'", "author must be 'Vigil', not 'Someone'", "logsource must be product: okta, service: okta",
                         "malformed ATT&CK tag 'attack.privilege_escalation'", "missing 'falsepositives'"] {
            #expect(problems.contains(expected), "\(expected)")
        }
        #expect(problems.contains { $0.hasPrefix("event type 'user.account.privlege.grant' is not in Okta's catalog") })
        #expect(problems.contains { $0.hasPrefix("duplicate id \(RuleDirectory.grantID)") })
    }

    @Test func attackTags() {
        for good in ["attack.t1098", "attack.t1098.003", "attack.persistence", "attack.g0016", "attack.s0002", "attack.ds0028"] {
            #expect(RuleLint.isWellFormedAttackTag(good), "\(good)")
        }
        for bad in ["attack.T1098", "attack.t109", "attack.t1098.3", "attack.persistance", "mitre.t1098"] {
            #expect(!RuleLint.isWellFormedAttackTag(bad), "\(bad)")
        }
    }
}
