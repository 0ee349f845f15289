/// A target's properties before and after a change. Both sides are free-form (Okta does not index them).
public struct LogTargetChangeDetails: LogObject {
    public var from: JSONObject?
    public var to: JSONObject?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("from", \.from, .object),
        LogField("to", \.to, .object),
    ]
}
