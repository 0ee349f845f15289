import Foundation
import JWTKit

/// The org's credentials: SSWS API tokens, registered OAuth clients, access tokens issued, and client assertion
/// ids already used (Okta rejects a reused `jti`).
actor CredentialStore {
    /// An issued access token: who holds it, what it may do, until when.
    struct AccessToken: Sendable {
        let clientId: String
        let scopes: Set<String>
        let expires: Date
    }

    private var apiTokens: [String: String]
    private var clients: [String: OAuthClientRegistration] = [:]
    private var clientKeys: [String: JWTKeyCollection] = [:]
    private var accessTokens: [String: AccessToken] = [:]
    private var usedAssertionIds: [String: Date] = [:]
    /// Okta's fixed access-token lifetime.
    static let accessTokenLifetime: TimeInterval = 3600

    /// `apiTokens` maps each accepted secret to the org's API token record id.
    init(apiTokens: [String: String]) {
        self.apiTokens = apiTokens
    }

    func apiToken(_ secret: String) -> Principal? {
        apiTokens[secret].map { .apiToken(id: $0) }
    }

    func accessToken(_ token: String, now: Date = Date()) -> Principal? {
        guard let issued = accessTokens[token] else { return nil }
        guard issued.expires > now else {
            accessTokens[token] = nil
            return nil
        }
        return .accessToken(clientId: issued.clientId, scopes: issued.scopes)
    }

    /// Registers (or replaces) a client; a JWKS that does not parse is refused.
    func register(_ client: OAuthClientRegistration) async throws {
        if case .privateKeyJWT(let jwks) = client.authentication {
            let keys = JWTKeyCollection()
            try await keys.add(jwksJSON: Self.namingKeys(jwks))
            clientKeys[client.clientId] = keys
        } else {
            clientKeys[client.clientId] = nil
        }
        clients[client.clientId] = client
    }

    /// JWTKit files keys by `kid`, which a JWKS may leave out; such keys get one, and assertions without a `kid`
    /// are checked against every key of the client.
    private static func namingKeys(_ jwks: String) throws -> String {
        guard var set = try JSONSerialization.jsonObject(with: Data(jwks.utf8)) as? [String: Any],
              let keys = set["keys"] as? [[String: Any]] else { return jwks }
        set["keys"] = keys.enumerated().map { index, key in
            var key = key
            if key["kid"] == nil { key["kid"] = "key-\(index)" }
            return key
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: set), as: UTF8.self)
    }

    func client(_ id: String) -> OAuthClientRegistration? { clients[id] }
    func keys(of clientId: String) -> JWTKeyCollection? { clientKeys[clientId] }

    /// Records a client assertion's `jti` until its expiry; false when it was used before.
    func useAssertionId(_ jti: String, until expires: Date, now: Date = Date()) -> Bool {
        usedAssertionIds = usedAssertionIds.filter { $0.value > now }
        guard usedAssertionIds[jti] == nil else { return false }
        usedAssertionIds[jti] = expires
        return true
    }

    /// Issues an access token for `scopes`.
    func issue(clientId: String, scopes: Set<String>, now: Date = Date()) -> (token: String, expiresIn: Int) {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = generator.next() }
        let token = "eyJ" + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        accessTokens[token] = AccessToken(clientId: clientId, scopes: scopes, expires: now.addingTimeInterval(Self.accessTokenLifetime))
        return (token, Int(Self.accessTokenLifetime))
    }
}
