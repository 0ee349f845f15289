import Foundation
import Testing
import VigilOkta
import VigilOktaTesting

@Suite struct SystemLogPageTests {
    @Test func firstQueryAndPageWithLinksAndARejectedRecord() async throws {
        let recorder = RequestRecorder()
        let good = ScriptedResponse.logEvent(uuid: "a1b2c3d4-0000-4000-8000-000000000001", published: "2026-11-20T10:00:00.000Z")
        let bad = #"{"uuid":"a1b2c3d4-0000-4000-8000-000000000002","eventType":"user.session.start"}"#
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            let base = URL(string: "http://\(request.header("host")!)")!
            return .logPage([good, bad], base: base, selfQuery: request.query, nextAfter: "1763632800000_1")
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let since = Date(timeIntervalSince1970: 1_763_500_000)
            let first = client.logsURL(since: since, filter: #"eventType eq "user.session.start""#)
            let page = try await client.logsPage(at: first)
            #expect(page.events.map(\.uuid) == ["a1b2c3d4-0000-4000-8000-000000000001"])
            #expect(page.rejections.count == 1)
            #expect(page.rejections.first?.reason.contains("published") == true)
            #expect(page.next?.absoluteString == "\(base.absoluteString)/api/v1/logs?limit=1000&after=1763632800000_1")
            #expect(page.selfURL?.query?.contains("since=") == true)
        }
        let query = try #require(await recorder.requests.first?.queryItems)
        #expect(query["since"] == "2025-11-18T21:06:40.000Z")
        #expect(query["limit"] == "1000")
        #expect(query["filter"] == #"eventType eq "user.session.start""#)
        #expect(query["sortOrder"] == "ASCENDING")
        #expect(query["until"] == nil)
    }

    @Test func aBodyThatIsNotAnArrayIsAnError() async throws {
        try await ScriptedOktaServer.with({ _ in .json(#"{"unexpected":true}"#) }) { base in
            let client = try makeClient(base, .apiToken("t"))
            await #expect(throws: OktaClientError.self) { try await client.logsPage(at: client.logsURL(since: nil)) }
        }
    }

    @Test func oktaErrorBodiesDecodeIntoClearMessages() {
        let okta = OktaAPIError(request: "GET /api/v1/logs", status: 400, body: Array(#"""
            {"errorCode":"E0000053","errorSummary":"Invalid date. 'since' must be later than 180 days ago.","errorLink":"E0000053","errorId":"oae123","errorCauses":[{"errorSummary":"since: too old"}]}
            """#.utf8))
        #expect(okta.code == "E0000053")
        #expect(okta.causes == ["since: too old"])
        #expect(okta.description.contains("System Log keeps 90 days"))
        let oauth = OktaAPIError(request: "POST /oauth2/v1/token", status: 400, body: Array(#"{"error":"invalid_scope","error_description":"The following scopes are not allowed: okta.logs.read"}"#.utf8))
        #expect(oauth.code == "invalid_scope")
        #expect(oauth.description.contains("Okta API Scopes"))
        let html = OktaAPIError(request: "GET /api/v1/users", status: 502, body: Array("<html>Bad gateway</html>".utf8))
        #expect(html.description.contains("unexpected response body: <html>Bad gateway</html>"))
        let hooks = OktaAPIError(request: "POST /api/v1/eventHooks", status: 403, body: Array(#"{"errorCode":"E0000236","errorSummary":"You have reached the maximum number of event hooks."}"#.utf8))
        #expect(hooks.isEventHookLimit)
    }
}
