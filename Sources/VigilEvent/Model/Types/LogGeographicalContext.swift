/// Where a request came from, to postal-code granularity. Missing when Okta cannot resolve the IP.
public struct LogGeographicalContext: LogObject {
    public var city: String?
    public var state: String?
    public var country: String?
    /// A string in the schema; Okta sends a number for some (US) codes, which decodes as its text.
    public var postalCode: String?
    public var geolocation: LogGeolocation?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("city", \.city, .string),
        LogField("state", \.state, .string),
        LogField("country", \.country, .string),
        LogField("postalCode", \.postalCode, .string),
        LogField("geolocation", \.geolocation, .model),
    ]
}
