import Testing
@testable import VigilSigma

/// Conditions: boolean operators, precedence, quantifiers, lists of conditions.
@Suite struct ConditionTests {
    static let selections = """
        sel_a:
            displayMessage|contains: alpha
        sel_b:
            displayMessage|contains: beta
        _private:
            displayMessage|contains: gamma
        filter:
            displayMessage|contains: delta
        """

    func check(_ condition: String, _ message: String) throws -> Bool {
        try m(Self.selections + "\ncondition: \(condition)", #""displayMessage":"\#(message)""#)
    }

    @Test func andOrNot() throws {
        #expect(try check("sel_a and sel_b", "alpha beta"))
        #expect(try !check("sel_a and sel_b", "alpha"))
        #expect(try check("sel_a or sel_b", "beta"))
        #expect(try check("sel_a and not filter", "alpha"))
        #expect(try !check("sel_a and not filter", "alpha delta"))
        #expect(try check("NOT filter", "alpha"))
    }

    @Test func precedenceAndParentheses() throws {
        // `and` binds tighter than `or`; `not` tighter than `and`.
        #expect(try check("sel_a or sel_b and filter", "alpha"))
        #expect(try !check("(sel_a or sel_b) and filter", "alpha"))
        #expect(try check("not sel_a and sel_b", "beta"))
        #expect(try !check("not (sel_a or sel_b)", "beta"))
    }

    @Test func quantifiers() throws {
        #expect(try check("1 of sel_*", "beta"))
        #expect(try !check("all of sel_*", "beta"))
        #expect(try check("all of sel_*", "beta alpha"))
        #expect(try check("1 of them", "delta"))
        // `them` leaves out identifiers starting with `_`.
        #expect(try !check("1 of them", "gamma"))
        #expect(try check("all of them", "alpha beta delta"))
        #expect(try check("sel_a and not 1 of fil*", "alpha"))
        #expect(try check("1 of *_b", "beta"))
    }

    @Test func conditionListsAreOr() throws {
        let yaml = Self.selections + "\ncondition:\n    - sel_a and sel_b\n    - filter"
        #expect(try m(yaml, #""displayMessage":"delta""#))
        #expect(try !m(yaml, #""displayMessage":"alpha""#))
    }

    @Test func listOfMapsIsOr() throws {
        let yaml = "sel:\n    - displayMessage: x\n    - outcome.result: FAILURE\n      outcome.reason: bad\ncondition: sel"
        #expect(try m(yaml, #""displayMessage":"x""#))
        #expect(try m(yaml, #""outcome":{"result":"FAILURE","reason":"BAD"}"#))
        #expect(try !m(yaml, #""outcome":{"result":"FAILURE","reason":"ok"}"#))
    }

    @Test func parserErrors() throws {
        for bad in ["sel_a and", "(sel_a", "sel_a)", "sel_c", "1 of nothing*", "2 of sel_*", "sel_a sel_b", "and"] {
            #expect(throws: SigmaError.self, "\(bad)") { try SigmaFixtures.rule(Self.selections + "\ncondition: \(bad)") }
        }
        #expect(try SigmaConditionParser.parse("a or b and not c") == .or([.identifier("a"), .and([.identifier("b"), .not(.identifier("c"))])]))
    }
}
