/// How Vigil authenticates to an Okta org. Every form prints redacted: secrets never reach logs or errors.
public enum OktaCredential: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// An SSWS API token (`Authorization: SSWS …`). It carries its creating admin's privileges.
    case apiToken(String)
    /// An API Services app with a registered public key: OAuth 2.0 client credentials, authenticated with a
    /// freshly signed client assertion (`private_key_jwt`) for each token request. Okta's recommended form.
    case privateKeyJWT(clientID: String, key: OktaSigningKey, keyID: String, scopes: [String])
    /// An app with client secrets (`client_secret_basic`), such as an OIN API Service Integration. Give the
    /// current secret first; during a rotation give both, and whichever Okta accepts is used.
    case clientSecret(clientID: String, secrets: [String], scopes: [String])

    /// OAuth scopes requested (empty for an API token, whose rights are its admin's).
    public var scopes: [String] {
        switch self {
        case .apiToken: []
        case .privateKeyJWT(_, _, _, let scopes), .clientSecret(_, _, let scopes): scopes
        }
    }

    public var description: String {
        switch self {
        case .apiToken: "API token (SSWS, redacted)"
        case .privateKeyJWT(let clientID, _, let keyID, let scopes):
            "OAuth private_key_jwt (client \(clientID), kid \(keyID), scopes \(scopes.joined(separator: " ")))"
        case .clientSecret(let clientID, let secrets, let scopes):
            "OAuth client secret (client \(clientID), \(secrets.count) secret\(secrets.count == 1 ? "" : "s") redacted, scopes \(scopes.joined(separator: " ")))"
        }
    }

    public var debugDescription: String { description }
    /// `dump()` and reflection see the redacted description only.
    public var customMirror: Mirror { Mirror(self, children: ["credential": description]) }
}
