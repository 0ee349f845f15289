/// One hop of the request's IP chain: the client first, then each proxy.
public struct LogIpAddress: LogObject {
    public var ip: String?
    /// `V4` or `V6`.
    public var version: String?
    public var source: String?
    public var geographicalContext: LogGeographicalContext?
    public var ipDetails: LogIpDetails?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("ip", \.ip, .string),
        LogField("version", \.version, .string),
        LogField("source", \.source, .string),
        LogField("geographicalContext", \.geographicalContext, .model),
        LogField("ipDetails", \.ipDetails, .model),
    ]
}
