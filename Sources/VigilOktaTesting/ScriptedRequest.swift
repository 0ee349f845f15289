import Foundation

/// A request as the scripted server received it.
public struct ScriptedRequest: Sendable {
    public var method: String
    public var path: String
    /// The raw query string (percent-encoded), if any.
    public var query: String?
    /// Header names lowercased; repeated headers joined with ", ".
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, path: String, query: String?, headers: [String: String], body: [UInt8]) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Decoded query parameters (`+` read as a space, as form encoding writes it).
    public var queryItems: [String: String] { Self.decodeForm(query ?? "") }

    /// Decoded `application/x-www-form-urlencoded` body fields.
    public var form: [String: String] { Self.decodeForm(String(decoding: body, as: UTF8.self)) }

    static func decodeForm(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            out[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return out
    }
}

/// What the scripted server answers.
public struct ScriptedResponse: Sendable {
    public var status: Int
    /// In order; a name may repeat (two `Link` lines, as Okta sends them).
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON answer.
    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(text.utf8))
    }

    /// An Okta management-API error body.
    public static func oktaError(_ status: Int, code: String, summary: String, headers: [(String, String)] = []) -> ScriptedResponse {
        json(#"{"errorCode":"\#(code)","errorSummary":"\#(summary)","errorLink":"\#(code)","errorId":"oae\#(code)","errorCauses":[]}"#,
             status: status, headers: headers)
    }

    /// An OAuth error body from the token endpoint.
    public static func oauthError(_ status: Int, error: String, description: String) -> ScriptedResponse {
        json(#"{"error":"\#(error)","error_description":"\#(description)"}"#, status: status)
    }
}
