import Foundation
import JWTKit
import Testing
@testable import VigilSimulatorServer

/// The claims a service app signs.
private struct Assertion: JWTPayload {
    let iss: IssuerClaim, sub: SubjectClaim, aud: AudienceClaim, exp: ExpirationClaim, iat: IssuedAtClaim, jti: IDClaim
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

@Suite("OAuth 2.0 client credentials over HTTP")
struct OAuthTests {
    static let clientId = "0oaVigilServiceApp"
    let key = ES256PrivateKey()

    private var jwks: String {
        let p = key.publicKey.parameters!
        return #"{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","alg":"ES256","use":"sig","x":"\#(p.x)","y":"\#(p.y)"}]}"#
    }

    private func assertion(_ live: LiveServer, aud: String? = nil, lifetime: Double = 300, jti: String = UUID().uuidString,
                           signer: ES256PrivateKey? = nil) async throws -> String {
        let keys = await JWTKeyCollection().add(ecdsa: signer ?? key, kid: "k1")
        let claims = Assertion(iss: .init(value: Self.clientId), sub: .init(value: Self.clientId),
                               aud: .init(value: [aud ?? live.url + "/oauth2/v1/token"]), exp: .init(value: Date().addingTimeInterval(lifetime)),
                               iat: .init(value: Date()), jti: .init(value: jti))
        return try await keys.sign(claims, kid: "k1")
    }

    private func tokenRequest(_ live: LiveServer, assertion: String, scope: String = "okta.logs.read") async throws -> HTTPReply {
        let form = "grant_type=client_credentials&scope=\(escape(scope))&client_assertion_type=\(escape("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))&client_assertion=\(assertion)"
        return try await live.request(.POST, "/oauth2/v1/token", auth: nil, headers: [("Content-Type", "application/x-www-form-urlencoded")], form: form)
    }

    private func withClient(_ body: (LiveServer) async throws -> Void) async throws {
        try await LiveServer.with { live in
            try await live.server.register(OAuthClientRegistration(clientId: Self.clientId, authentication: .privateKeyJWT(jwks: jwks),
                                                                   scopes: [OktaScope.logsRead, OktaScope.usersRead]))
            try await body(live)
        }
    }

    @Test("private_key_jwt: a signed assertion gets a Bearer token for the granted scopes; other scopes are 403")
    func privateKeyJWT() async throws {
        try await withClient { live in
            let reply = try await tokenRequest(live, assertion: try await assertion(live))
            #expect(reply.status == 200)
            #expect(reply.object["token_type"] as? String == "Bearer")
            #expect(reply.object["expires_in"] as? Int == 3600)
            let token = try #require(reply.object["access_token"] as? String)
            #expect(try await live.request("/api/v1/logs", auth: "Bearer \(token)").status == 200)
            let denied = try await live.request("/api/v1/eventHooks", auth: "Bearer \(token)")
            #expect(denied.status == 403)
            #expect(denied.errorCode == "E0000006")
            #expect(denied.headers["WWW-Authenticate"].first?.contains("insufficient_scope") == true)
            // The grant is in the System Log.
            let log = try await live.request("/api/v1/logs?filter=\(escape("eventType eq \"app.oauth2.as.token.grant\""))")
            #expect(log.array.count == 1)
        }
    }

    @Test("a reused jti, a wrong audience, an expiry over an hour ahead, another key or an ungranted scope are refused")
    func assertionChecks() async throws {
        try await withClient { live in
            let once = try await assertion(live, jti: "same-jti")
            #expect(try await tokenRequest(live, assertion: once).status == 200)
            let replay = try await tokenRequest(live, assertion: once)
            #expect(replay.status == 401)
            #expect(replay.object["error"] as? String == "invalid_client")
            #expect(try await tokenRequest(live, assertion: try await assertion(live, aud: "https://elsewhere/oauth2/v1/token")).status == 401)
            #expect(try await tokenRequest(live, assertion: try await assertion(live, lifetime: 7200)).status == 401)
            #expect(try await tokenRequest(live, assertion: try await assertion(live, signer: ES256PrivateKey())).status == 401)
            #expect(try await tokenRequest(live, assertion: try await assertion(live, lifetime: -10)).status == 401)
            let scope = try await tokenRequest(live, assertion: try await assertion(live), scope: "okta.users.manage")
            #expect(scope.status == 400)
            #expect(scope.object["error"] as? String == "invalid_scope")
        }
    }

    @Test("client_secret_basic: both active secrets work during rotation, a wrong one is 401")
    func clientSecretBasic() async throws {
        try await LiveServer.with { live in
            try await live.server.register(OAuthClientRegistration(clientId: "0oaSIEM", authentication: .clientSecret(["old-secret", "new-secret"]),
                                                                   scopes: [OktaScope.logsRead]))
            for (secret, status) in [("old-secret", 200), ("new-secret", 200), ("bad-secret", 401)] {
                let basic = "Basic " + Data("0oaSIEM:\(secret)".utf8).base64EncodedString()
                let reply = try await live.request(.POST, "/oauth2/v1/token", auth: basic, headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                                   form: "grant_type=client_credentials&scope=okta.logs.read")
                #expect(reply.status == status, "\(secret)")
            }
        }
    }

    @Test("access tokens expire after 3600 seconds")
    func expiry() async throws {
        let store = CredentialStore(apiTokens: [:])
        let (token, lifetime) = await store.issue(clientId: "c", scopes: [OktaScope.logsRead])
        #expect(lifetime == 3600)
        #expect(await store.accessToken(token, now: Date().addingTimeInterval(3590)) != nil)
        #expect(await store.accessToken(token, now: Date().addingTimeInterval(3601)) == nil)
    }

    @Test("a manage scope includes read; SSWS tokens may do everything")
    func scopes() {
        #expect(Principal.accessToken(clientId: "c", scopes: [OktaScope.usersManage]).allows(OktaScope.usersRead))
        #expect(!Principal.accessToken(clientId: "c", scopes: [OktaScope.usersRead]).allows(OktaScope.usersManage))
        #expect(Principal.apiToken(id: "00T").allows(OktaScope.logStreamsManage))
    }
}
