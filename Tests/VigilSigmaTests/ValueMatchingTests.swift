import Testing
@testable import VigilSigma

/// Plain values, wildcards, escaping and case: the matching every rule relies on.
@Suite struct ValueMatchingTests {

    @Test func plainValuesIgnoreCase() throws {
        #expect(try m("sel:\n    outcome.result: failure\ncondition: sel", #""outcome":{"result":"FAILURE"}"#))
        #expect(try !m("sel:\n    outcome.result: failure\ncondition: sel", #""outcome":{"result":"FAILURES"}"#))
        #expect(try !m("sel:\n    outcome.result: failure\ncondition: sel", #""outcome":{"result":"SUCCESS"}"#))
    }

    /// Values longer than a word are compared eight bytes at a time: a difference in any byte, in the words or in
    /// the tail, in any of the simple shapes, is still a difference; case is still ignored only for A–Z.
    @Test func longValuesCompareEveryByte() throws {
        let literal = "Policy.Evaluate_Sign_On.Xy"  // 26 bytes: three words and a two-byte tail
        let shapes = ["'\(literal)'", "'\(literal)*'", "'*\(literal)'", "'*\(literal)*'"]
        for shape in shapes {
            let rule = "sel:\n    displayMessage: \(shape)\ncondition: sel"
            #expect(try m(rule, #""displayMessage":"\#(literal.uppercased())""#), "\(shape)")
            #expect(try m(rule, #""displayMessage":"\#(literal.lowercased())""#), "\(shape)")
            for i in literal.indices {
                var changed = literal
                changed.replaceSubrange(i...i, with: literal[i] == "_" ? "-" : "#")
                #expect(try !m(rule, #""displayMessage":"\#(changed)""#), "\(shape) \(changed)")
            }
            // `@` and `[` sit just before A and just after Z: not letters, so not folded into `` ` `` and `{`.
            let near = "sel:\n    displayMessage: \(shape.replacingOccurrences(of: ".", with: "`").replacingOccurrences(of: "_", with: "{"))\ncondition: sel"
            #expect(try m(near, #""displayMessage":"\#(literal.replacingOccurrences(of: ".", with: "`").replacingOccurrences(of: "_", with: "{"))""#))
            #expect(try !m(near, #""displayMessage":"\#(literal.replacingOccurrences(of: ".", with: "@").replacingOccurrences(of: "_", with: "["))""#))
        }
        // A non-ASCII byte inside a word is compared, never folded.
        #expect(try m("sel:\n    displayMessage: 'Zürich-Office-01'\ncondition: sel", #""displayMessage":"ZÜRICH-OFFICE-01""#))
        #expect(try !m("sel:\n    displayMessage: 'Zürich-Office-01'\ncondition: sel", #""displayMessage":"Zurich-Office-01""#))
    }

    @Test func fieldNamesIgnoreCase() throws {
        #expect(try m("sel:\n    eventtype: user.session.start\ncondition: sel", ""))
        #expect(try m("sel:\n    OUTCOME.RESULT: success\ncondition: sel", #""outcome":{"result":"SUCCESS"}"#))
    }

    @Test func wildcards() throws {
        let rule = "sel:\n    actor.alternateId: 'adm?n*@example.com'\ncondition: sel"
        #expect(try m(rule, #""actor":{"alternateId":"admin.ops@example.com"}"#))
        #expect(try m(rule, #""actor":{"alternateId":"ADMXN@EXAMPLE.COM"}"#))
        #expect(try !m(rule, #""actor":{"alternateId":"admn@example.com"}"#))
        #expect(try !m(rule, #""actor":{"alternateId":"admin@example.com.evil"}"#))
        // `?` takes one character, even a multi-byte one.
        #expect(try m(rule, #""actor":{"alternateId":"admén@example.com"}"#))
        #expect(try m("sel:\n    displayMessage: '*a*b*c'\ncondition: sel", #""displayMessage":"xaxxbbxc""#))
    }

    @Test func escapedWildcardsAreLiteral() throws {
        let star = "sel:\n    displayMessage: 'a\\*b'\ncondition: sel"
        #expect(try m(star, #""displayMessage":"a*b""#))
        #expect(try !m(star, #""displayMessage":"axxb""#))
        let question = "sel:\n    displayMessage: 'why\\?'\ncondition: sel"
        #expect(try m(question, #""displayMessage":"why?""#))
        #expect(try !m(question, #""displayMessage":"whyx""#))
        // `\\*` is a backslash followed by a wildcard.
        let backslashStar = "sel:\n    displayMessage: 'C:\\\\*'\ncondition: sel"
        #expect(try m(backslashStar, #""displayMessage":"C:\\Windows""#))
        // A lone backslash stays a backslash.
        #expect(try m("sel:\n    displayMessage: 'a\\b'\ncondition: sel", #""displayMessage":"a\\b""#))
    }

    @Test func nonASCIIAndEscapedValues() throws {
        #expect(try m("sel:\n    actor.displayName: 'ÉLODIE'\ncondition: sel", #""actor":{"displayName":"élodie"}"#))
        #expect(try m("sel:\n    actor.displayName: 'Ab'\ncondition: sel", #""actor":{"displayName":"\u0041b"}"#))
        #expect(try m("sel:\n    displayMessage|contains: 'say \"hi\"'\ncondition: sel", #""displayMessage":"they say \"HI\" ok""#))
    }

    @Test func numbersAndBooleansCompareAsText() throws {
        #expect(try m("sel:\n    securityContext.isProxy: 'true'\ncondition: sel", #""securityContext":{"isProxy":true}"#))
        #expect(try m("sel:\n    securityContext.isProxy: true\ncondition: sel", #""securityContext":{"isProxy":"true"}"#))
        #expect(try !m("sel:\n    securityContext.isProxy: true\ncondition: sel", #""securityContext":{"isProxy":false}"#))
        #expect(try m("sel:\n    securityContext.asNumber: 13335\ncondition: sel", #""securityContext":{"asNumber":13335}"#))
    }

    @Test func valueListsAreOr() throws {
        let rule = "sel:\n    eventType:\n        - zone.delete\n        - zone.deactivate\ncondition: sel"
        #expect(try m(rule, "", type: "zone.deactivate"))
        #expect(try !m(rule, "", type: "zone.update"))
    }

    @Test func arraysMatchAnyElement() throws {
        let rule = "sel:\n    target.displayName: 'Okta Admin Console'\ncondition: sel"
        let targets = #""target":[{"displayName":"Alice"},{"displayName":"Okta Admin Console"}]"#
        #expect(try m(rule, targets))
        #expect(try !m(rule, #""target":[{"displayName":"Alice"}]"#))
        #expect(try !m(rule, #""target":[]"#))
        // Objects and arrays are not text: they match no value.
        #expect(try !m("sel:\n    target: x\ncondition: sel", #""target":{"x":1}"#))
    }

    @Test func keywordsSearchTheWholeEvent() throws {
        #expect(try m("kw:\n    - 'evil.example'\n    - nothing\ncondition: kw", #""client":{"ipAddress":"1.2.3.4","zone":"EVIL.example.net"}"#))
        #expect(try !m("kw:\n    - 'evil.example'\ncondition: kw", #""client":{"zone":"good"}"#))
        #expect(try m("kw:\n    '|all':\n        - alpha\n        - beta\ncondition: kw", #""displayMessage":"alpha and beta""#))
        #expect(try !m("kw:\n    '|all':\n        - alpha\n        - beta\ncondition: kw", #""displayMessage":"alpha""#))
    }
}
