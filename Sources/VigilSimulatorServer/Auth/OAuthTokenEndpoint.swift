import Foundation
import Hummingbird
import JWTKit
import NIOCore

/// `POST /oauth2/v1/token` of the org authorization server, `client_credentials` only: a service app proves
/// itself with a signed client assertion (`private_key_jwt`), an API Service Integration with its id and secret
/// (`client_secret_basic`). Tokens live 3600 s and carry the requested subset of the client's scopes.
struct OAuthTokenEndpoint: Sendable {
    let credentials: CredentialStore
    /// The URL assertions must name in `aud`.
    let tokenURL: @Sendable () -> String
    /// Called for each token issued, to log `app.oauth2.as.token.grant`.
    let issued: @Sendable (_ clientId: String, _ scopes: Set<String>) async -> Void

    private struct TokenResponse: Encodable {
        let token_type = "Bearer"
        let expires_in: Int
        let access_token: String
        let scope: String
    }

    func handle(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let form = FormBody(String(buffer: body))
        do {
            guard form["grant_type"] == "client_credentials" else {
                throw OAuthError(status: .badRequest, error: "unsupported_grant_type",
                                 description: "The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].")
            }
            let client = try await authenticate(request, form)
            guard let requested = form["scope"]?.split(separator: " ").map(String.init), !requested.isEmpty else {
                throw OAuthError.invalidScope("The authorization server resource does not have any configured default scopes, 'scope' must be provided.")
            }
            let denied = requested.filter { !client.scopes.contains($0) }
            guard denied.isEmpty else {
                throw OAuthError.invalidScope("One or more scopes are not configured for the authorization server resource: \(denied.joined(separator: " ")).")
            }
            let (token, expiresIn) = await credentials.issue(clientId: client.clientId, scopes: Set(requested))
            await issued(client.clientId, Set(requested))
            return JSONBody.response(TokenResponse(expires_in: expiresIn, access_token: token, scope: requested.joined(separator: " ")))
        } catch let error as OAuthError {
            return error.response()
        }
    }

    /// The registered client the request proves to be.
    private func authenticate(_ request: Request, _ form: FormBody) async throws(OAuthError) -> OAuthClientRegistration {
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("basic ") {
            return try await secretClient(header)
        }
        guard let assertion = form["client_assertion"] else {
            throw OAuthError.invalidClient("Client authentication failed. Either the client or the client credentials are invalid.")
        }
        guard form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" else {
            throw OAuthError.invalidRequest("The client_assertion_type is invalid.")
        }
        return try await assertionClient(assertion, claimedId: form["client_id"])
    }

    private func secretClient(_ header: String) async throws(OAuthError) -> OAuthClientRegistration {
        let invalid = OAuthError.invalidClient("The client secret supplied for a confidential client is invalid.")
        guard let decoded = Data(base64Encoded: String(header.dropFirst("basic ".count)).trimmingCharacters(in: .whitespaces)),
              let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":") else { throw invalid }
        let id = String(pair[..<colon]).removingPercentEncoding ?? "", secret = String(pair[pair.index(after: colon)...]).removingPercentEncoding ?? ""
        guard let client = await credentials.client(id), case .clientSecret(let secrets) = client.authentication,
              secrets.contains(secret) else { throw invalid }
        return client
    }

    private func assertionClient(_ assertion: String, claimedId: String?) async throws(OAuthError) -> OAuthClientRegistration {
        // The assertion names its client; the key that must have signed it is that client's.
        let unverified: ClientAssertion
        do {
            unverified = try DefaultJWTParser().parse([UInt8](assertion.utf8), as: ClientAssertion.self).payload
        } catch {
            throw OAuthError.invalidClient("The client_assertion token is malformed.")
        }
        let clientId = unverified.iss.value
        guard let client = await credentials.client(clientId), let keys = await credentials.keys(of: clientId) else {
            throw OAuthError.invalidClient("The client_assertion token has an invalid issuer: no such client.")
        }
        let claims: ClientAssertion
        do {
            claims = try await keys.verify(assertion, as: ClientAssertion.self, iteratingKeys: true)
        } catch {
            throw OAuthError.invalidClient("The client_assertion signature is invalid or the token has expired.")
        }
        guard claims.sub.value == clientId, claimedId.map({ $0 == clientId }) ?? true else {
            throw OAuthError.invalidClient("The client_assertion token's 'iss' and 'sub' must both be the client_id.")
        }
        guard claims.aud.value.contains(tokenURL()) else {
            throw OAuthError.invalidClient("The audience claim for client_assertion must be the endpoint invoked for the request.")
        }
        guard claims.exp.value <= Date().addingTimeInterval(3600 + 30) else {
            throw OAuthError.invalidClient("The client_assertion token has an expiration too far in the future.")
        }
        guard let jti = claims.jti?.value, await credentials.useAssertionId(jti, until: claims.exp.value) else {
            throw OAuthError.invalidClient("The client_assertion token has already been used (jti replay) or has no jti.")
        }
        return client
    }
}

/// An `application/x-www-form-urlencoded` body.
struct FormBody: Sendable {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let key = parts.first { values[key] = parts.count > 1 ? parts[1] : "" }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
