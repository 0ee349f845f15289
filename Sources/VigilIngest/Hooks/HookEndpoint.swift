import VigilConfig

/// One integration's Event Hook endpoint (`/hooks/okta/{integrationID}`): the header Okta authenticates with
/// (the hook's `authScheme.key`) and its expected value.
public struct HookEndpoint: Sendable {
    public var integrationID: String
    public var authHeader: String
    public var secret: Secret

    public init(integrationID: String, authHeader: String, secret: Secret) {
        self.integrationID = integrationID
        self.authHeader = authHeader
        self.secret = secret
    }

    /// Whether a request's auth header value is the shared secret (compared in constant time).
    public func authorizes(_ headerValue: String?) -> Bool {
        guard let headerValue else { return false }
        return secret.matches(headerValue)
    }
}

/// An HTTP answer to Okta, independent of the server framework: a status and a JSON body.
public struct HookReply: Sendable, Equatable {
    public var status: Int
    public var body: String

    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }
}
