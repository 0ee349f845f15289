/// An IP service seen on an address: `VPN`, `Proxy`, `Tor`, `Residential Proxy`, `Blockchain VPN`.
public struct LogIpServiceCategory: LogObject {
    public var type: String?
    /// Whether the service anonymizes its users.
    public var isAnonymous: Bool?
    /// The operator's name.
    public var `operator`: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("type", \.type, .string),
        LogField("isAnonymous", \.isAnonymous, .bool),
        LogField("operator", \.operator, .string),
    ]
}
