/// Latitude and longitude (ISO 6709).
public struct LogGeolocation: LogObject {
    public var lat: Double?
    public var lon: Double?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("lat", \.lat, .double),
        LogField("lon", \.lon, .double),
    ]
}
