/// IP reputation and Okta's own risk signals about the request.
public struct LogSecurityContext: LogNetworkInfo {
    public var asNumber: Int?
    public var asOrg: String?
    public var isp: String?
    public var domain: String?
    /// Whether the request came through a known proxy; Okta sends a bool or a string.
    public var isProxy: Bool?
    public var ipDetails: LogIpDetails?
    public var risk: LogRisk?
    public var userBehaviors: [LogUserBehavior]?
    public var botProtection: LogBotProtection?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields = networkFields + [
        LogField("isProxy", \.isProxy, .bool),
        LogField("ipDetails", \.ipDetails, .model),
        LogField("risk", \.risk, .model),
        LogField("userBehaviors", \.userBehaviors, .models(LogUserBehavior.self)),
        LogField("botProtection", \.botProtection, .model),
    ]
}
