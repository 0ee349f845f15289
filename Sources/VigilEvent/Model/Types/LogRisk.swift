/// Okta's risk assessment of the request (securityContext.risk).
public struct LogRisk: LogObject {
    /// `LOW`, `MEDIUM` or `HIGH`.
    public var level: String?
    /// The user's risk level before this event, if any.
    public var previousLevel: String?
    public var reasons: [String]?
    /// The detection that found the risk, for example `Suspected Session Hijacking`.
    public var detectionName: String?
    public var issuer: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("level", \.level, .string),
        LogField("previousLevel", \.previousLevel, .string),
        LogField("reasons", \.reasons, .strings),
        LogField("detectionName", \.detectionName, .string),
        LogField("issuer", \.issuer, .string),
    ]
}
