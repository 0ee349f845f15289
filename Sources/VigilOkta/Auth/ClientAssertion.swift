import Foundation
import JWTKit

/// The claims of a `private_key_jwt` client assertion (RFC 7523) as Okta requires them: `iss` = `sub` = the
/// client id, `aud` = the org's token endpoint, a short expiry (Okta allows at most an hour) and a `jti` Okta has
/// never seen (it rejects a reused one).
public struct ClientAssertion: JWTPayload, Equatable {
    public var iss: IssuerClaim
    public var sub: SubjectClaim
    public var aud: AudienceClaim
    public var iat: IssuedAtClaim
    public var exp: ExpirationClaim
    public var jti: IDClaim

    /// How long an assertion is valid.
    public static let lifetime: TimeInterval = 5 * 60

    public init(clientID: String, tokenURL: String, now: Date = Date()) {
        iss = IssuerClaim(value: clientID)
        sub = SubjectClaim(value: clientID)
        aud = AudienceClaim(value: tokenURL)
        iat = IssuedAtClaim(value: now)
        exp = ExpirationClaim(value: now.addingTimeInterval(Self.lifetime))
        jti = IDClaim(value: UUID().uuidString)
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }

    /// Signs a fresh assertion with `key` under `kid`.
    static func sign(clientID: String, tokenURL: String, key: OktaSigningKey, kid: String) async throws -> String {
        let keys = await key.keyCollection(kid: kid)
        var header = JWTHeader()
        header.typ = "JWT"
        return try await keys.sign(ClientAssertion(clientID: clientID, tokenURL: tokenURL), kid: JWKIdentifier(string: kid), header: header)
    }
}
