/// How the service authenticates to an Okta org's APIs (one kind per integration).
public enum OktaCredential: Sendable, Hashable {
    /// An SSWS API token (`Authorization: SSWS …`).
    case apiToken(SecretReference)
    /// An OAuth 2.0 service app using `private_key_jwt`: Okta's recommended way to get Okta-scoped tokens.
    case oauth(OAuthServiceApp)
    /// An OIN API Service Integration: client id and secret, with an optional second secret for rotation.
    case serviceIntegration(ServiceIntegration)

    public struct OAuthServiceApp: Sendable, Hashable {
        public var clientID: String
        /// A PEM (RSA or EC) or JWK file holding the private key the client assertion is signed with.
        public var privateKey: SecretReference
        public var keyID: String?
        public var scopes: [String]

        public init(clientID: String, privateKey: SecretReference, keyID: String?, scopes: [String]) {
            self.clientID = clientID
            self.privateKey = privateKey
            self.keyID = keyID
            self.scopes = scopes
        }
    }

    public struct ServiceIntegration: Sendable, Hashable {
        public var clientID: String
        public var clientSecret: SecretReference
        /// Okta allows two active secrets so one can be rotated while the other works.
        public var secondClientSecret: SecretReference?
        public var scopes: [String]

        public init(clientID: String, clientSecret: SecretReference, secondClientSecret: SecretReference?, scopes: [String]) {
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.secondClientSecret = secondClientSecret
            self.scopes = scopes
        }
    }

    /// The secrets this credential refers to, for checking that each can be read.
    public var secretReferences: [(key: String, reference: SecretReference)] {
        switch self {
        case .apiToken(let r): [("api_token", r)]
        case .oauth(let app): [("oauth.private_key", app.privateKey)]
        case .serviceIntegration(let s):
            [("service_integration.client_secret", s.clientSecret)]
                + (s.secondClientSecret.map { [("service_integration.second_client_secret", $0)] } ?? [])
        }
    }

    /// Scopes asked for when none are configured: reading the System Log is all ingestion needs.
    public static let defaultScopes = ["okta.logs.read"]
}
