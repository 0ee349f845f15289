import Testing
import VigilOkta

@Suite struct LinkHeaderTests {
    @Test func separateHeaderLinesAsOktaSendsThem() {
        let links = LinkHeader(values: [
            #"<https://acme.okta.com/api/v1/logs?since=2026-11-01T00%3A00%3A00.000Z&limit=1000>; rel="self""#,
            #"<https://acme.okta.com/api/v1/logs?limit=1000&after=1700000000000_1>; rel="next""#,
        ])
        #expect(links.selfLink == "https://acme.okta.com/api/v1/logs?since=2026-11-01T00%3A00%3A00.000Z&limit=1000")
        #expect(links.next == "https://acme.okta.com/api/v1/logs?limit=1000&after=1700000000000_1")
    }

    @Test func commaSeparatedValuesQuotedParametersAndCase() {
        let links = LinkHeader(values: [
            #"<https://a.example/x?a=1,2>; rel="self"; title="one, two", <https://a.example/y>; REL=next"#,
        ])
        #expect(links.links.count == 2)
        #expect(links.selfLink == "https://a.example/x?a=1,2")
        #expect(links.next == "https://a.example/y")
    }

    @Test func severalRelationsAndNoNext() {
        let links = LinkHeader(values: [#"<https://a.example/z>; rel="self last""#])
        #expect(links.links.first?.relations == ["self", "last"])
        #expect(links.url(rel: "LAST") == "https://a.example/z")
        #expect(links.next == nil)
        #expect(LinkHeader(values: []).links.isEmpty)
        #expect(LinkHeader(values: ["garbage without brackets"]).links.isEmpty)
    }
}
