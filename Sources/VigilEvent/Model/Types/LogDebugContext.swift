/// Troubleshooting data. Okta makes no promise about its keys (`requestUri`, `url`, `dtHash`, `behaviors`,
/// `risk`, `logOnlySecurityData` ...), so it stays free-form.
public struct LogDebugContext: LogObject {
    public var debugData: JSONObject?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [LogField("debugData", \.debugData, .object)]
}
