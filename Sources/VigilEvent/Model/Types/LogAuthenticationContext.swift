/// How the actor authenticated, and the session the event belongs to.
public struct LogAuthenticationContext: LogObject {
    public var authenticationProvider: LogAuthenticationProvider?
    public var credentialProvider: LogCredentialProvider?
    public var credentialType: LogCredentialType?
    public var issuer: LogIssuer?
    /// The third-party interface the actor authenticated through, if any.
    public var interface: String?
    /// Unused by Okta; always 0.
    public var authenticationStep: Int?
    /// The session: every event of one sign-in session shares it.
    public var externalSessionId: String?
    /// Groups the sessions that share a root session. Okta sends it, though its schema omits it.
    public var rootSessionId: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("authenticationProvider", \.authenticationProvider, .enumeration),
        LogField("credentialProvider", \.credentialProvider, .enumeration),
        LogField("credentialType", \.credentialType, .enumeration),
        LogField("issuer", \.issuer, .model),
        LogField("interface", \.interface, .string),
        LogField("authenticationStep", \.authenticationStep, .int),
        LogField("externalSessionId", \.externalSessionId, .string),
        LogField("rootSessionId", \.rootSessionId, .string),
    ]
}
