import Testing
@testable import VigilSigma

/// Which event types a rule needs, as detectors use it to skip rules.
@Suite struct EventTypeRequirementTests {
    func required(_ detection: String) throws -> Set<String>? {
        try SigmaFixtures.rule(detection).requiredEventTypes
    }

    @Test func plainEventTypeSelections() throws {
        #expect(try required("s:\n    eventType:\n        - Zone.Delete\n        - zone.deactivate\ncondition: s") == ["zone.delete", "zone.deactivate"])
        #expect(try required("s:\n    eventType: a.b\n    outcome.result: FAILURE\nf:\n    actor.id: x\ncondition: s and not f") == ["a.b"])
        #expect(try required("a:\n    eventType: a.b\nb:\n    eventType: c.d\ncondition: 1 of them") == ["a.b", "c.d"])
        #expect(try required("a:\n    - eventType: a.b\n    - eventType: c.d\n      actor.id: x\ncondition: a") == ["a.b", "c.d"])
    }

    @Test func rulesThatDoNotPinTheType() throws {
        #expect(try required("s:\n    displayMessage: x\ncondition: s") == nil)
        #expect(try required("a:\n    eventType: a.b\nb:\n    displayMessage: x\ncondition: a or b") == nil)
        #expect(try required("s:\n    eventType|startswith: user.\ncondition: s") == nil)
        #expect(try required("s:\n    eventType: 'user.*'\ncondition: s") == nil)
        #expect(try required("s:\n    eventType: a.b\ncondition: not s") == nil)
        #expect(try required("s:\n    eventType|neq: a.b\ncondition: s") == nil)
    }
}
