import Testing
@testable import VigilSigma

/// `null`, `exists`, and `not` over fields the event lacks (see docs/sigma.md).
@Suite struct NullAndExistsTests {

    @Test func nullMatchesAbsentOrJSONNull() throws {
        let rule = "s:\n    outcome.reason: null\ncondition: s"
        #expect(try m(rule, #""outcome":{"result":"SUCCESS","reason":null}"#))
        #expect(try m(rule, #""outcome":{"result":"SUCCESS"}"#))
        #expect(try m(rule, ""))
        #expect(try !m(rule, #""outcome":{"reason":"x"}"#))
        #expect(try !m(rule, #""outcome":{"reason":""}"#))
        #expect(try m("s:\n    outcome.reason: ''\ncondition: s", #""outcome":{"reason":""}"#))
    }

    @Test func notNullIsNegatedNull() throws {
        let rule = "s:\n    outcome.reason: null\ncondition: not s"
        #expect(try m(rule, #""outcome":{"reason":"x"}"#))
        #expect(try !m(rule, #""outcome":{"reason":null}"#))
    }

    @Test func exists() throws {
        #expect(try m("s:\n    client.zone|exists: true\ncondition: s", #""client":{"zone":null}"#))
        #expect(try !m("s:\n    client.zone|exists: true\ncondition: s", #""client":{}"#))
        #expect(try m("s:\n    client.zone|exists: false\ncondition: s", #""client":{}"#))
        #expect(try m("s:\n    target|exists: true\ncondition: s", #""target":[]"#))
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    client.zone|exists: maybe\ncondition: s") }
    }

    @Test func notOverAMissingFieldMatches() throws {
        // The filter cannot match an event without the field, so `not filter` holds (Sigma semantics; SQL
        // backends differ, because NOT NULL is NULL there).
        let rule = "s:\n    eventType: user.session.start\nfilter:\n    actor.alternateId|endswith: '@example.com'\ncondition: s and not filter"
        #expect(try m(rule, ""))
        #expect(try m(rule, #""actor":{"alternateId":"x@evil.com"}"#))
        #expect(try !m(rule, #""actor":{"alternateId":"x@example.com"}"#))
        // neq is the negation too: a missing field differs from every value.
        #expect(try m("s:\n    outcome.result|neq: SUCCESS\ncondition: s", ""))
    }

    @Test func nullInAValueListIsRejected() throws {
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    outcome.reason:\n        - ''\n        - null\ncondition: s") }
    }
}
