import Foundation

extension ScriptedResponse {
    /// A System Log page as Okta sends it: a JSON array, and `self`/`next` links on two separate `Link` lines.
    public static func logPage(_ events: [String], base: URL, selfQuery: String?, nextAfter: String?, limit: Int = 1000,
                               headers: [(String, String)] = []) -> ScriptedResponse {
        var links = [("Link", "<\(base.absoluteString)/api/v1/logs\(selfQuery.map { "?" + $0 } ?? "")>; rel=\"self\"")]
        if let nextAfter {
            links.append(("Link", "<\(base.absoluteString)/api/v1/logs?limit=\(limit)&after=\(nextAfter)>; rel=\"next\""))
        }
        return json("[" + events.joined(separator: ",") + "]", headers: links + headers)
    }

    /// A small but valid LogEvent.
    public static func logEvent(uuid: String, published: String, eventType: String = "user.session.start") -> String {
        #"{"uuid":"\#(uuid)","published":"\#(published)","eventType":"\#(eventType)","version":"0","severity":"INFO","#
            + #""actor":{"id":"00u1","type":"User","alternateId":"alice@example.com","displayName":"Alice"},"#
            + #""client":{"ipAddress":"203.0.113.9"},"outcome":{"result":"SUCCESS"},"displayMessage":"User login to Okta"}"#
    }
}
