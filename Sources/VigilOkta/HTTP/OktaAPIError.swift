import Foundation

/// An error answer from Okta, decoded from either of its two error bodies: the management API's
/// `{"errorCode","errorSummary","errorLink","errorId","errorCauses"}` or OAuth's `{"error","error_description"}`.
/// The description names the request, the status, Okta's code and words, and what usually fixes it.
public struct OktaAPIError: Error, Sendable, CustomStringConvertible {
    /// `GET /api/v1/logs` (path only: queries can be long and carry nothing that helps).
    public var request: String
    public var status: Int
    /// Okta's error code, such as `E0000047`, or the OAuth error, such as `invalid_client`.
    public var code: String?
    public var summary: String?
    public var causes: [String]
    /// Okta's id for this error, to quote to Okta support.
    public var errorID: String?
    public var link: String?

    public init(request: String, status: Int, code: String? = nil, summary: String? = nil, causes: [String] = [],
                errorID: String? = nil, link: String? = nil) {
        self.request = request
        self.status = status
        self.code = code
        self.summary = summary
        self.causes = causes
        self.errorID = errorID
        self.link = link
    }

    /// Decodes Okta's error body; a body that is not Okta's JSON (a proxy's HTML page, say) is quoted briefly.
    public init(request: String, status: Int, body: [UInt8]) {
        self.init(request: request, status: status)
        if let okta = try? JSONDecoder().decode(Body.self, from: Data(body)) {
            code = okta.errorCode ?? okta.error
            summary = okta.errorSummary ?? okta.error_description
            causes = okta.errorCauses?.compactMap(\.errorSummary) ?? []
            errorID = okta.errorId
            link = okta.errorLink
        } else if !body.isEmpty {
            let text = String(decoding: body.prefix(200), as: UTF8.self)
            summary = "unexpected response body: " + text.replacingOccurrences(of: "\n", with: " ")
        }
    }

    private struct Body: Decodable {
        var errorCode: String?, errorSummary: String?, errorLink: String?, errorId: String?
        var errorCauses: [Cause]?
        var error: String?, error_description: String?
        struct Cause: Decodable { var errorSummary: String? }
    }

    public var description: String {
        var text = "Okta answered \(status) to \(request)"
        if let code { text += ": \(code)" }
        if let summary { text += (code == nil ? ": " : " ") + summary }
        if !causes.isEmpty { text += " (" + causes.joined(separator: "; ") + ")" }
        if let errorID { text += " [errorId \(errorID)]" }
        if let hint { text += ". " + hint }
        return text
    }

    /// What usually fixes this error, for the codes an integration meets.
    public var hint: String? {
        switch code ?? "" {
        case "E0000006": "The token or app lacks the admin role or OAuth scope this call needs."
        case "E0000011": "The API token is invalid, expired (30 days unused) or its admin was deactivated; create a new one."
        case "E0000015": "This feature is not enabled for the org."
        case "E0000047": "Okta's rate limit was exceeded; Vigil waits for the window to reset."
        case "E0000053": "`since` is too far in the past; the System Log keeps 90 days."
        case "invalid_client": "Check the client ID and its secret or registered public key (JWKS and kid)."
        case "invalid_scope": "Grant the missing okta.* scopes to the app in the Okta Admin Console (Okta API Scopes tab)."
        case "invalid_dpop_proof", "use_dpop_nonce":
            "The app requires DPoP-bound tokens; turn off \"Require Demonstrating Proof of Possession\" for the API Services app."
        case "unauthorized_client": "Enable the Client Credentials grant for the app."
        default: status == 401 ? "The credential was rejected; check it is current." : nil
        }
    }

    /// Okta refused because the org already has the maximum number of event hooks (25 active and verified).
    public var isEventHookLimit: Bool {
        let text = ([summary] + causes.map(Optional.some)).compactMap { $0?.lowercased() }.joined(separator: " ")
        return text.contains("maximum") && text.contains("hook")
    }
}
