/// The HTTP client that issued the request behind the event (empty for events not caused by a request).
public struct LogClient: LogObject {
    public var userAgent: LogUserAgent?
    /// The name of the network zone the client's location maps to; Okta writes the string `"null"` for none
    /// (see `zoneName`).
    public var zone: String?
    /// The kind of device, for example `Computer`.
    public var device: String?
    /// The OAuth client id, or for SSWS token requests the agent id.
    public var id: String?
    public var ipAddress: String?
    public var geographicalContext: LogGeographicalContext?
    /// Not in Okta's schema, but Event Hook deliveries carry the IP chain here too.
    public var ipChain: [LogIpAddress]?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    /// `zone` without Okta's `"null"` placeholder.
    public var zoneName: String? { zone == "null" ? nil : zone }

    public static let fields: [LogField<Self>] = [
        LogField("userAgent", \.userAgent, .model),
        LogField("zone", \.zone, .string),
        LogField("device", \.device, .string),
        LogField("id", \.id, .string),
        LogField("ipAddress", \.ipAddress, .string),
        LogField("geographicalContext", \.geographicalContext, .model),
        LogField("ipChain", \.ipChain, .models(LogIpAddress.self)),
    ]
}
