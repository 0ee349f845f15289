/// The verdict of one behavior detection model (`New Device`, `New Geo-Location` ...) on the request.
public struct LogUserBehavior: LogObject {
    public var id: String?
    public var name: String?
    /// `POSITIVE` (the behavior was seen), `NEGATIVE`, `UNKNOWN` or `BAD_REQUEST`.
    public var result: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("id", \.id, .string),
        LogField("name", \.name, .string),
        LogField("result", \.result, .string),
    ]
}
