import JWTKit

/// The claims of a `private_key_jwt` client assertion: `iss` = `sub` = client id, `aud` = the token endpoint,
/// `exp` at most an hour ahead, and a `jti` used once.
struct ClientAssertion: JWTPayload {
    let iss: IssuerClaim
    let sub: SubjectClaim
    let aud: AudienceClaim
    let exp: ExpirationClaim
    let iat: IssuedAtClaim?
    let jti: IDClaim?

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}
