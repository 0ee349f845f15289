import Foundation
import Testing
@testable import VigilDetect

/// `vigil rules test` semantics: examples beside rules, passing and failing.
@Suite struct RuleExamplesTests {
    static let grant = RuleDirectory.event(uuid: "m-1", type: "user.account.privilege.grant", debugData: RuleDirectory.superAdmin)
    static let readOnly = RuleDirectory.event(uuid: "n-1", type: "user.account.privilege.grant",
                                              debugData: #"{"privilegeGranted":"Read-only Administrator"}"#)

    @Test func passingAndFailingExamples() throws {
        let dir = try RuleDirectory([
            "okta/admin/super_admin.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "Good", detection: RuleDirectory.grantDetection),
            "okta/admin/super_admin.examples.json": #"{"match": [\#(Self.grant)], "nomatch": [\#(Self.readOnly)]}"#,
            // Examples swapped: both fail.
            "okta/admin/wrong.yml": RuleDirectory.rule(id: "9a1f0d0e-1111-4a2b-8c3d-4e5f6a7b8c9d", title: "Wrong",
                                                       detection: RuleDirectory.grantDetection),
            "okta/admin/wrong.examples.json": #"{"match": [\#(Self.readOnly)], "nomatch": [\#(Self.grant)]}"#,
            "okta/admin/untested.yml": RuleDirectory.rule(id: "0b2c3d4e-2222-4a2b-8c3d-4e5f6a7b8c9d", title: "Untested",
                                                          detection: RuleDirectory.grantDetection),
        ])
        defer { dir.remove() }
        let set = try RuleSet(directories: [dir.url], managed: false)
        let reports = Dictionary(uniqueKeysWithValues: set.testExamples().map { ($0.rule.rule.title, $0) })
        #expect(reports["Good"]?.failures == [])
        #expect(reports["Good"]?.examples == 2)
        #expect(reports["Wrong"]?.failures == ["match[0] (n-1) did not raise the rule", "nomatch[0] (m-1) raised the rule"])
        #expect(reports["Untested"]?.failures == ["no examples file untested.examples.json"])
    }

    @Test func examplesKeepTheirBytes() throws {
        let dir = try RuleDirectory(["x.examples.json": #"{"match":[\#(Self.grant)],"nomatch":[]}"#])
        defer { dir.remove() }
        let examples = try RuleExamples(contentsOf: dir.url.appendingPathComponent("x.examples.json"))
        #expect(examples.match == [Array(Self.grant.utf8)])
        #expect(examples.nomatch.isEmpty)
    }
}
