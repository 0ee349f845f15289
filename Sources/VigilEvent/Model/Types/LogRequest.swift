/// The HTTP request behind the event (its IP chain is empty for events not caused by a request).
public struct LogRequest: LogObject {
    /// The client's address first, then each proxy's.
    public var ipChain: [LogIpAddress]?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [LogField("ipChain", \.ipChain, .models(LogIpAddress.self))]
}
