import _CryptoExtras
import Crypto
import Foundation
import JWTKit
import Testing
import VigilOkta
import VigilOktaTesting

/// The org side of `private_key_jwt`: checks each client assertion as Okta does and issues tokens.
actor AssertionChecker {
    let keys: JWTKeyCollection
    let clientID: String
    var jtis: [String] = []
    var kids: [String?] = []
    var algs: [String?] = []
    var failures: [String] = []

    init(keys: JWTKeyCollection, clientID: String) {
        self.keys = keys
        self.clientID = clientID
    }

    func check(_ request: ScriptedRequest, tokenURL: String) async -> ScriptedResponse {
        let form = request.form
        guard form["grant_type"] == "client_credentials",
              form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
              form["scope"] == "okta.logs.read okta.users.read",
              let assertion = form["client_assertion"] else {
            failures.append("bad form \(form)")
            return .oauthError(400, error: "invalid_request", description: "bad form")
        }
        do {
            let claims = try await keys.verify(assertion, as: ClientAssertion.self)
            let header = try JSONDecoder().decode([String: String].self, from: Self.base64URL(String(assertion.split(separator: ".")[0])))
            kids.append(header["kid"])
            algs.append(header["alg"])
            jtis.append(claims.jti.value)
            if claims.iss.value != clientID || claims.sub.value != clientID { failures.append("iss/sub \(claims.iss.value)") }
            if claims.aud.value != [tokenURL] { failures.append("aud \(claims.aud.value)") }
            let ahead = claims.exp.value.timeIntervalSinceNow
            if ahead <= 0 || ahead > 3600 { failures.append("exp \(ahead) s ahead") }
        } catch {
            failures.append("signature or claims rejected: \(error)")
            return .oauthError(401, error: "invalid_client", description: "The client_assertion signature is invalid.")
        }
        return .json(#"{"token_type":"Bearer","expires_in":3600,"access_token":"at-\#(jtis.count)","scope":"okta.logs.read okta.users.read"}"#)
    }

    static func base64URL(_ text: String) -> Data {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s)!
    }
}

@Suite struct PrivateKeyJWTTests {
    /// Runs two API calls that force a second token (the first token is refused once), and checks both assertions.
    func exercise(key: OktaSigningKey, verifier: JWTKeyCollection, expectedAlg: String) async throws {
        let checker = AssertionChecker(keys: verifier, clientID: "0oaVigil")
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            if request.path == "/oauth2/v1/token" {
                return await checker.check(request, tokenURL: "http://\(request.header("host")!)/oauth2/v1/token")
            }
            // The first token is refused once, as a revoked token would be.
            let userCalls = await recorder.requests(to: "/api/v1/users").count
            if request.header("authorization") == "Bearer at-1" && userCalls == 2 {
                return .oktaError(401, code: "E0000011", summary: "Invalid token provided")
            }
            return okUsers
        }) { base in
            let client = try makeClient(base, .privateKeyJWT(clientID: "0oaVigil", key: key, keyID: "vigil-key-1",
                                                             scopes: ["okta.logs.read", "okta.users.read"]))
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            #expect(await client.tokenRequestCount == 2)
        }
        #expect(await checker.failures == [])
        let jtis = await checker.jtis
        #expect(jtis.count == 2)
        #expect(Set(jtis).count == 2, "each assertion needs a fresh jti")
        #expect(await checker.kids == ["vigil-key-1", "vigil-key-1"])
        #expect(await checker.algs == [expectedAlg, expectedAlg])
        let users = await recorder.requests(to: "/api/v1/users").map { $0.header("authorization") }
        #expect(users == ["Bearer at-1", "Bearer at-1", "Bearer at-2"])
    }

    @Test func rsaPEMAssertionVerifiesWithThePublicKey() async throws {
        let rsa = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let verifier = JWTKeyCollection()
        await verifier.add(rsa: try Insecure.RSA.PublicKey(pem: rsa.publicKey.pemRepresentation), digestAlgorithm: .sha256,
                           kid: JWKIdentifier(string: "vigil-key-1"))
        try await exercise(key: OktaSigningKey(pem: rsa.pemRepresentation), verifier: verifier, expectedAlg: "RS256")
    }

    @Test func ecJWKAssertionVerifiesWithThePublicKey() async throws {
        let ec = P256.Signing.PrivateKey()
        let raw = ec.publicKey.rawRepresentation
        func b64(_ d: Data) -> String {
            d.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let jwk = #"{"kty":"EC","crv":"P-256","kid":"vigil-key-1","x":"\#(b64(raw.prefix(32)))","y":"\#(b64(raw.suffix(32)))","d":"\#(b64(ec.rawRepresentation))"}"#
        let verifier = JWTKeyCollection()
        await verifier.add(ecdsa: try ES256PublicKey(pem: ec.publicKey.pemRepresentation), kid: JWKIdentifier(string: "vigil-key-1"))
        try await exercise(key: OktaSigningKey(jwk: jwk), verifier: verifier, expectedAlg: "ES256")
    }

    @Test func aWrongKeyIsRejectedWithAClearMessage() async throws {
        let signing = P256.Signing.PrivateKey(), other = P256.Signing.PrivateKey()
        let verifier = JWTKeyCollection()
        await verifier.add(ecdsa: try ES256PublicKey(pem: other.publicKey.pemRepresentation), kid: JWKIdentifier(string: "k"))
        let checker = AssertionChecker(keys: verifier, clientID: "0oaVigil")
        try await ScriptedOktaServer.with({ request in
            request.path == "/oauth2/v1/token" ? await checker.check(request, tokenURL: "") : okUsers
        }) { base in
            let client = try makeClient(base, .privateKeyJWT(clientID: "0oaVigil", key: try OktaSigningKey(pem: signing.pemRepresentation),
                                                             keyID: "k", scopes: ["okta.logs.read", "okta.users.read"]))
            let error = await #expect(throws: OktaAPIError.self) { try await client.call(OktaRequest(url: client.url("/api/v1/users"))) }
            #expect(error?.code == "invalid_client")
            #expect(error?.description.contains("registered public key") == true)
        }
    }

    @Test func unusableKeysAreRefusedUpFront() {
        #expect(throws: OktaClientError.self) { try OktaSigningKey(pem: "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----") }
        #expect(throws: OktaClientError.self) { try OktaSigningKey(jwk: #"{"kty":"EC","crv":"P-256","x":"a","y":"b"}"#) }
    }
}
