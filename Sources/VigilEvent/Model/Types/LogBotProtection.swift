/// The bot protection verdict on the request.
public struct LogBotProtection: LogObject {
    /// `NONE`, `LOW`, `MEDIUM` or `HIGH`.
    public var level: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [LogField("level", \.level, .string)]
}
