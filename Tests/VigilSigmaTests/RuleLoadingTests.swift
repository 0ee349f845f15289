import Testing
@testable import VigilSigma

/// Loading rule files: metadata, errors that name file and rule, documents that are not detection rules.
@Suite struct RuleLoadingTests {
    @Test func metadataIsRead() throws {
        let rule = try SigmaFile(yaml: SigmaFixtures.yaml("s:\n    eventType: zone.delete\ncondition: s"), file: "f.yml").rules[0]
        #expect(rule.title == "Test rule")
        #expect(rule.id == "5d5c2a0e-0c3e-4c55-9f59-0d8b0e6f6a01")
        #expect(rule.level == .medium)
        #expect(rule.logSource == SigmaLogSource(product: "okta", service: "okta"))
        #expect(rule.eventTypes == ["zone.delete"])
        #expect(rule.fieldPaths == ["eventType"])
    }

    @Test func errorsNameFileRuleAndProblem() throws {
        let yaml = SigmaFixtures.yaml("s:\n    eventType: zone.delete\ncondition: s and t", title: "Broken rule")
        let parsed = try SigmaFile(yaml: yaml, file: "rules/broken.yml").rules[0]
        let error = try #require(throws: SigmaError.self) {
            try CompiledRule(parsed, plan: .standard)
        }
        #expect(error.file == "rules/broken.yml")
        #expect(error.rule == "'Broken rule' (5d5c2a0e-0c3e-4c55-9f59-0d8b0e6f6a01)")
        #expect(error.problem.contains("unknown search identifier 't'"))
        #expect(error.description.hasPrefix("rules/broken.yml: rule 'Broken rule'"))

        let badLevel = try #require(throws: SigmaError.self) {
            try SigmaFile(yaml: yaml.replacingOccurrences(of: "level: medium", with: "level: severe"), file: "x.yml")
        }
        #expect(badLevel.problem.contains("'level'"))
        #expect(badLevel.rule?.contains("Broken rule") == true)
        let noDetection = try #require(throws: SigmaError.self) { try SigmaFile(yaml: "title: t\nid: x\n", file: "y.yml") }
        #expect(noDetection.problem == "missing 'detection' mapping")
        #expect(throws: SigmaError.self) { try SigmaFile(yaml: "title: [unclosed", file: "z.yml") }
    }

    @Test func correlationDocumentsAreReadBesideRules() throws {
        let yaml = SigmaFixtures.yaml("s:\n    eventType: user.session.start\ncondition: s") + """

            ---
            title: Many sign-ins
            correlation:
                type: event_count
                rules: [test]
                group-by: [actor.id]
                timespan: 5m
                condition: {gte: 10}
            """
        let file = try SigmaFile(yaml: yaml, file: "c.yml")
        #expect(file.rules.count == 1)
        #expect(file.correlations.map(\.title) == ["Many sign-ins"])
        #expect(file.correlations.first?.condition.holds(10) == true)
        #expect(file.notes.isEmpty)
    }
}
