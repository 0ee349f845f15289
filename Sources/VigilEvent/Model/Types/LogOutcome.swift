/// The result of the action.
public struct LogOutcome: LogObject {
    /// `SUCCESS`, `FAILURE`, `SKIPPED`, `ALLOW`, `DENY`, `CHALLENGE`, `UNKNOWN`, `RATE_LIMIT`, `DEFERRED`,
    /// `SCHEDULED`, `ABANDONED`, `UNANSWERED`.
    public var result: String?
    /// Why, for example `INVALID_CREDENTIALS`.
    public var reason: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("result", \.result, .string),
        LogField("reason", \.reason, .string),
    ]
}
