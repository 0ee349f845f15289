import Testing
@testable import VigilSigma

/// Each value modifier of the Sigma modifiers appendix that Vigil supports.
@Suite struct ModifierTests {

    @Test func containsStartsEnds() throws {
        let uri = #""debugContext":{"debugData":{"requestUri":"/api/v1/Admin/users"}}"#
        #expect(try m("s:\n    debugContext.debugData.requestUri|contains: '/admin/'\ncondition: s", uri))
        #expect(try m("s:\n    debugContext.debugData.requestUri|startswith: '/API/'\ncondition: s", uri))
        #expect(try m("s:\n    debugContext.debugData.requestUri|endswith: 'users'\ncondition: s", uri))
        #expect(try !m("s:\n    debugContext.debugData.requestUri|endswith: '/admin'\ncondition: s", uri))
        #expect(try !m("s:\n    debugContext.debugData.requestUri|startswith: 'admin'\ncondition: s", uri))
        // Wildcards inside a modified value still work.
        #expect(try m("s:\n    debugContext.debugData.requestUri|startswith: '/api/v?/'\ncondition: s", uri))
    }

    @Test func allRequiresEveryValue() throws {
        let rule = "s:\n    displayMessage|contains|all:\n        - reset\n        - factor\ncondition: s"
        #expect(try m(rule, #""displayMessage":"Reset all factors for user""#))
        #expect(try !m(rule, #""displayMessage":"Reset password""#))
    }

    @Test func cased() throws {
        #expect(try m("s:\n    outcome.result|cased: FAILURE\ncondition: s", #""outcome":{"result":"FAILURE"}"#))
        #expect(try !m("s:\n    outcome.result|cased: FAILURE\ncondition: s", #""outcome":{"result":"failure"}"#))
        #expect(try !m("s:\n    displayMessage|contains|cased: Admin\ncondition: s", #""displayMessage":"an admin""#))
    }

    @Test func regularExpressions() throws {
        let rule = "s:\n    actor.alternateId|re: '^0oa[0-9a-z]+$'\ncondition: s"
        #expect(try m(rule, #""actor":{"alternateId":"0oa1x2y3"}"#))
        #expect(try !m(rule, #""actor":{"alternateId":"0OA1X2Y3"}"#))  // case-sensitive by default
        #expect(try m("s:\n    actor.alternateId|re|i: '^0oa[0-9a-z]+$'\ncondition: s", #""actor":{"alternateId":"0OA1X2Y3"}"#))
        #expect(try m("s:\n    displayMessage|re: 'b.d'\ncondition: s", #""displayMessage":"abcd""#))  // a search
        #expect(try !m("s:\n    displayMessage|re: '^b$'\ncondition: s", #""displayMessage":"a\nb""#))
        #expect(try m("s:\n    displayMessage|re|m: '^b$'\ncondition: s", #""displayMessage":"a\nb""#))
        #expect(try m("s:\n    displayMessage|re|s: 'a.b'\ncondition: s", #""displayMessage":"a\nb""#))
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    displayMessage|re: '(unclosed'\ncondition: s") }
    }

    @Test func cidr() throws {
        let rule = "s:\n    client.ipAddress|cidr:\n        - 10.0.0.0/8\n        - '2001:db8::/32'\ncondition: s"
        #expect(try m(rule, #""client":{"ipAddress":"10.200.3.4"}"#))
        #expect(try !m(rule, #""client":{"ipAddress":"11.0.0.1"}"#))
        #expect(try m(rule, #""client":{"ipAddress":"2001:DB8:0:1::5"}"#))
        #expect(try !m(rule, #""client":{"ipAddress":"2001:db9::1"}"#))
        #expect(try !m(rule, #""client":{"ipAddress":"not an ip"}"#))
        #expect(try m("s:\n    client.ipAddress|cidr: 192.168.1.0/25\ncondition: s", #""client":{"ipAddress":"192.168.1.127"}"#))
        #expect(try !m("s:\n    client.ipAddress|cidr: 192.168.1.0/25\ncondition: s", #""client":{"ipAddress":"192.168.1.128"}"#))
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    client.ipAddress|cidr: 10.0.0.0/33\ncondition: s") }
    }

    @Test func numericComparisons() throws {
        let risk = #""securityContext":{"asNumber":64512}"#
        #expect(try m("s:\n    securityContext.asNumber|gt: 64000\ncondition: s", risk))
        #expect(try m("s:\n    securityContext.asNumber|gte: 64512\ncondition: s", risk))
        #expect(try !m("s:\n    securityContext.asNumber|lt: 64512\ncondition: s", risk))
        #expect(try m("s:\n    securityContext.asNumber|lte: 64512\ncondition: s", risk))
        #expect(try m("s:\n    securityContext.asNumber|lt: 70000\ncondition: s", #""securityContext":{"asNumber":"64512"}"#))
        #expect(try !m("s:\n    securityContext.asNumber|lt: 70000\ncondition: s", #""securityContext":{"asNumber":"n/a"}"#))
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    securityContext.asNumber|lt: abc\ncondition: s") }
    }

    @Test func neq() throws {
        let rule = "s:\n    outcome.result|neq:\n        - SUCCESS\n        - ALLOW\ncondition: s"
        #expect(try m(rule, #""outcome":{"result":"FAILURE"}"#))
        #expect(try !m(rule, #""outcome":{"result":"success"}"#))
        #expect(try !m(rule, #""outcome":{"result":"ALLOW"}"#))
    }

    @Test func expandUsesTheConfiguration() throws {
        let rule = "s:\n    actor.alternateId|endswith|expand: '%corp_domains%'\ncondition: s"
        let configuration = SigmaConfiguration(placeholders: ["corp_domains": ["@example.com", "@example.org"]])
        #expect(try m(rule, #""actor":{"alternateId":"ann@example.org"}"#, configuration: configuration))
        #expect(try !m(rule, #""actor":{"alternateId":"ann@evil.org"}"#, configuration: configuration))
        // Without `expand`, a placeholder is literal text; `\%` is a plain percent sign.
        #expect(try m("s:\n    displayMessage: '%corp_domains%'\ncondition: s", #""displayMessage":"%corp_domains%""#))
        #expect(try m("s:\n    displayMessage|expand: '\\%x%corp_domains%'\ncondition: s", #""displayMessage":"%x@example.com""#,
                      configuration: configuration))
        let error = try #require(throws: SigmaError.self) { try SigmaFixtures.rule(rule) }
        #expect(error.problem.contains("%corp_domains%"))
        #expect(error.file == "test.yml")
    }

    @Test func unsupportedModifiersAreRejected() throws {
        let error = try #require(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    displayMessage|base64: x\ncondition: s") }
        #expect(error.problem.contains("'base64' modifier is not supported"))
        let unknown = try #require(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    displayMessage|sortof: x\ncondition: s") }
        #expect(unknown.problem.contains("unknown modifier 'sortof'"))
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    displayMessage|contains|startswith: x\ncondition: s") }
        #expect(throws: SigmaError.self) { try SigmaFixtures.rule("s:\n    displayMessage|i: x\ncondition: s") }
    }
}
