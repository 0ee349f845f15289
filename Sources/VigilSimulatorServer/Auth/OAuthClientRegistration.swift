/// An OAuth 2.0 client the simulated org knows: a service app that signs client assertions with a key of its
/// JWKS (`private_key_jwt`), or an API Service Integration with one or two client secrets (`client_secret_basic`).
public struct OAuthClientRegistration: Sendable {
    public enum Authentication: Sendable {
        /// The client's public JWKS, as JSON.
        case privateKeyJWT(jwks: String)
        /// Active secrets; two at once while one is being rotated out.
        case clientSecret([String])
    }

    public var clientId: String
    public var authentication: Authentication
    /// Scopes the client was granted; a token request may ask for any subset.
    public var scopes: Set<String>

    public init(clientId: String, authentication: Authentication, scopes: Set<String>) {
        self.clientId = clientId
        self.authentication = authentication
        self.scopes = scopes
    }
}
