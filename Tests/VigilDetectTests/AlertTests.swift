import Foundation
import Testing
import VigilEvent
@testable import VigilDetect
@testable import VigilSigma

/// The alert JSON contract, entities and explanations.
@Suite struct AlertTests {
    func detect(_ rule: String, _ event: String) throws -> [Alert] {
        let dir = try RuleDirectory(["r.yml": rule])
        defer { dir.remove() }
        let set = try RuleSet(directories: [dir.url], managed: false)
        let detector = Detector(ruleSet: set)
        let (events, rejections) = EventReader.read(Array(event.utf8), plan: set.plan)
        #expect(rejections.isEmpty)
        return events.flatMap(detector.alerts)
    }

    @Test func jsonContract() throws {
        let rule = RuleDirectory.rule(id: RuleDirectory.grantID, title: "Super admin granted", level: "critical",
                                      detection: RuleDirectory.grantDetection)
        let event = RuleDirectory.event(uuid: "e-1", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin)
        let alert = try #require(try detect(rule, event).first)
        let expectedWhy = #"eventType is "user.account.privilege.grant" and debugContext.debugData.privilegeGranted contains "#
            + #""Super Administrator" (actual: "Super Administrator, Read-only Administrator")"#
        #expect(alert.json == #"{"id":"\#(alert.id)","rule":{"id":"3f0e6f53-8b0a-4f5e-9d54-2f1c0c0b7e11","title":"Super admin granted"},"#
            + #""severity":"critical","title":"Super admin granted","entity":{"type":"User","id":"00u1","alternateId":"alice@example.com"},"#
            + #""events":["e-1"],"first_seen":"2026-11-21T10:00:00.000Z","last_seen":"2026-11-21T10:00:00.000Z","#
            + #""tags":["attack.privilege-escalation","attack.t1098.003"],"why":"\#(expectedWhy.replacingOccurrences(of: "\"", with: "\\\""))"}"#)
        // The JSON decodes back to the same alert.
        #expect(try JSONDecoder().decode(Alert.self, from: Data(alert.json.utf8)) == alert)
        // The id is deterministic and depends on the rule and the evidence.
        #expect(alert.id == Alert.id(rule: RuleDirectory.grantID, events: ["e-1"]))
        #expect(alert.id != Alert.id(rule: RuleDirectory.grantID, events: ["e-2"]))
        #expect(alert.id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
    }

    @Test func targetEntity() throws {
        let rule = RuleDirectory.rule(id: RuleDirectory.grantID, title: "t", detection: RuleDirectory.grantDetection,
                                      extra: "vigil:\n    entity: target.User")
        let event = RuleDirectory.event(uuid: "e-2", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin,
                                        targets: #"[{"id":"0oa1","type":"AppInstance","alternateId":"app"},"# + RuleDirectory.userTarget.dropFirst())
        let alert = try #require(try detect(rule, event).first)
        #expect(alert.entity == Alert.Entity(type: "User", id: "00u9", alternateId: "bob@example.com"))
        // No target of that type: the actor.
        let noTarget = RuleDirectory.event(uuid: "e-3", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin)
        #expect(try detect(rule, noTarget).first?.entity.id == "00u1")
    }

    @Test func badEntityAttributeIsARuleError() throws {
        let rule = RuleDirectory.rule(id: RuleDirectory.grantID, title: "t", detection: RuleDirectory.grantDetection,
                                      extra: "vigil:\n    entity: owner")
        let dir = try RuleDirectory(["bad.yml": rule])
        defer { dir.remove() }
        let error = try #require(throws: RuleSetError.self) { try RuleSet(directories: [dir.url], managed: false) }
        #expect(error.problems.count == 1)
        #expect(error.problems[0].file?.hasSuffix("bad.yml") == true)
        #expect(error.problems[0].problem.contains("vigil.entity"))
    }

    @Test func disabledRulesDoNotRun() throws {
        let rule = RuleDirectory.rule(id: RuleDirectory.grantID, title: "t", detection: RuleDirectory.grantDetection)
            .replacingOccurrences(of: "status: experimental", with: "status: deprecated")
        let event = RuleDirectory.event(uuid: "e-4", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin)
        #expect(try detect(rule, event).isEmpty)
    }
}

/// The detector's event-type index gives the same matches as evaluating every rule.
@Suite struct DetectorIndexTests {
    @Test func indexAgreesWithBruteForce() throws {
        let dir = try RuleDirectory([
            "grant.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "grant", detection: RuleDirectory.grantDetection),
            "any.yml": RuleDirectory.rule(id: "0b2c3d4e-2222-4a2b-8c3d-4e5f6a7b8c9d", title: "any",
                                          detection: "s:\n    actor.alternateId|endswith: '@example.com'\ncondition: s"),
        ])
        defer { dir.remove() }
        let set = try RuleSet(directories: [dir.url], managed: false)
        let detector = Detector(ruleSet: set)
        let input = [
            RuleDirectory.event(uuid: "1", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin),
            RuleDirectory.event(uuid: "2", type: "USER.ACCOUNT.PRIVILEGE.GRANT", debugData: RuleDirectory.superAdmin),
            RuleDirectory.event(uuid: "3", type: "user.session.start", actor: "x@evil.test"),
            RuleDirectory.event(uuid: "4", type: "user.session.start"),
        ].joined(separator: "\n")
        let events = EventReader.read(Array(input.utf8), plan: set.plan).events
        #expect(events.count == 4)
        for event in events {
            let indexed = detector.matchingRules(event).map(\.rule.title)
            let brute = set.rules.filter { $0.compiled.matches(event) }.map(\.rule.title)
            #expect(indexed == brute, "\(event.uuid)")
        }
        #expect(detector.matchingRules(events[1]).map(\.rule.title) == ["any", "grant"])
    }
}

/// Batches are evaluated in event-time order, whatever the input order.
@Suite struct DetectorOrderTests {
    @Test func alertsFollowEventTime() throws {
        let dir = try RuleDirectory(["grant.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "grant", detection: RuleDirectory.grantDetection)])
        defer { dir.remove() }
        let set = try RuleSet(directories: [dir.url], managed: false)
        let input = [("late", "2026-11-21T12:00:00.000Z"), ("early", "2026-11-21T08:00:00.000Z"), ("tie-a", "2026-11-21T10:00:00.000Z"),
                     ("tie-b", "2026-11-21T10:00:00.000Z")].map { uuid, published in
            RuleDirectory.event(uuid: uuid, type: "user.account.privilege.grant", published: published, debugData: RuleDirectory.superAdmin)
        }.joined(separator: "\n")
        let events = EventReader.read(Array(input.utf8), plan: set.plan).events
        let alerts = Detector(ruleSet: set).alerts(for: events)
        #expect(alerts.map { $0.events[0] } == ["early", "tie-a", "tie-b", "late"])
    }
}
