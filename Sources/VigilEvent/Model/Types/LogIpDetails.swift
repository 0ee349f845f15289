/// What Okta knows about an IP address: its network, and the anonymizing services seen on it.
public struct LogIpDetails: LogNetworkInfo {
    public var asNumber: Int?
    public var asOrg: String?
    public var isp: String?
    public var domain: String?
    public var ipServiceCategories: [LogIpServiceCategory]?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields = networkFields + [
        LogField("ipServiceCategories", \.ipServiceCategories, .models(LogIpServiceCategory.self)),
    ]
}
