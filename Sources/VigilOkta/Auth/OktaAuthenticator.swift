import Foundation
import Logging
import NIOHTTP1

/// Produces the `Authorization` header for an org. For OAuth credentials it gets access tokens from the org
/// authorization server (`/oauth2/v1/token`), caches them until shortly before expiry, and lets concurrent callers
/// share one token request.
actor OktaAuthenticator {
    let credential: OktaCredential
    let tokenURL: URL
    private let transport: OktaTransport
    private var token: AccessToken?
    private var pending: Task<AccessToken, any Error>?
    /// Which client secret Okta accepted last, so a rotated-out primary is not tried on every refresh.
    private(set) var secretIndex = 0
    private(set) var tokenRequests = 0

    init(credential: OktaCredential, orgURL: URL, transport: OktaTransport) {
        self.credential = credential
        tokenURL = orgURL.appendingPathComponent("oauth2/v1/token")
        self.transport = transport
    }

    var usesOAuth: Bool {
        if case .apiToken = credential { return false }
        return true
    }

    /// The header value for the next request.
    func authorization() async throws -> String {
        if case .apiToken(let value) = credential { return "SSWS \(value)" }
        if let token, token.isFresh { return token.authorization }
        return try await fetch().authorization
    }

    /// Drops the cached token if it is still the one a request was refused with (a 401), so the next
    /// `authorization()` gets a new one; a token another caller already replaced is kept.
    func invalidate(_ authorization: String) {
        if token?.authorization == authorization { token = nil }
    }

    private func fetch() async throws -> AccessToken {
        if let pending { return try await pending.value }
        let task = Task { try await self.requestToken() }
        pending = task
        defer { pending = nil }
        let token = try await task.value
        self.token = token
        return token
    }

    private func requestToken() async throws -> AccessToken {
        switch credential {
        case .apiToken:
            preconditionFailure("API tokens are sent as they are")
        case .privateKeyJWT(let clientID, let key, let keyID, let scopes):
            let assertion = try await ClientAssertion.sign(clientID: clientID, tokenURL: tokenURL.absoluteString, key: key, kid: keyID)
            return try await postToken(form: [
                ("grant_type", "client_credentials"), ("scope", scopes.joined(separator: " ")),
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", assertion),
            ], basic: nil)
        case .clientSecret(let clientID, let secrets, let scopes):
            guard !secrets.isEmpty else { throw OktaClientError.invalidCredential("no client secret configured") }
            let form = [("grant_type", "client_credentials"), ("scope", scopes.joined(separator: " "))]
            // Try the secret that worked last, then the others: a rotation never stops ingestion.
            let order = [secretIndex] + secrets.indices.filter { $0 != secretIndex }
            var lastError: (any Error)?
            for index in order where index < secrets.count {
                do {
                    let token = try await postToken(form: form, basic: (clientID, secrets[index]))
                    if index != secretIndex {
                        transport.logger.notice("Okta accepted the other client secret; using it from now on",
                                                metadata: ["secret": "\(index == 0 ? "primary" : "secondary")"])
                        secretIndex = index
                    }
                    return token
                } catch let error as OktaAPIError where error.code == "invalid_client" {
                    lastError = error
                }
            }
            throw lastError!
        }
    }

    private func postToken(form: [(String, String)], basic: (String, String)?) async throws -> AccessToken {
        tokenRequests += 1
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        if let basic {
            // RFC 6749 §2.3.1: form-encode id and secret before joining them.
            let pair = "\(Self.formEncode(basic.0)):\(Self.formEncode(basic.1))"
            headers.add(name: "Authorization", value: "Basic " + Data(pair.utf8).base64EncodedString())
        }
        let body = form.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        // Asking for a token twice is harmless.
        let request = OktaRequest(method: .POST, url: tokenURL, headers: headers, body: Array(body.utf8), idempotent: true)
        let response = try await transport.send(request)
        guard response.status == 200 else {
            throw OktaAPIError(request: request.label, status: response.status, body: response.body)
        }
        let decoded = try response.decode(AccessToken.Response.self, request: request.label)
        return AccessToken(value: decoded.access_token, type: decoded.token_type ?? "Bearer", expiresIn: decoded.expires_in ?? 3600)
    }

    static func formEncode(_ text: String) -> String {
        (text.addingPercentEncoding(withAllowedCharacters: .unreserved) ?? text).replacingOccurrences(of: "%20", with: "+")
    }
}
