/// Who issued the credential: the SAML assertion's issuer, or a social login's token issuer.
public struct LogIssuer: LogObject {
    public var id: String?
    public var type: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("id", \.id, .string),
        LogField("type", \.type, .string),
    ]
}
