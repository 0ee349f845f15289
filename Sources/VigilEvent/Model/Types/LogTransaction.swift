/// The request or job that produced the event, to correlate the events of one transaction.
public struct LogTransaction: LogObject {
    public var id: String?
    /// `WEB` for a request, `JOB` for an asynchronous task.
    public var type: String?
    /// Free-form; `requestApiTokenId` names the API token used.
    public var detail: JSONObject?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("id", \.id, .string),
        LogField("type", \.type, .string),
        LogField("detail", \.detail, .object),
    ]
}
