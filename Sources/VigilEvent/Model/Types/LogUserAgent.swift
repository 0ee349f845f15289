/// The client software that made the request.
public struct LogUserAgent: LogObject {
    /// The `User-Agent` header as received; `os` and `browser` are derived from it by Okta.
    public var rawUserAgent: String?
    public var os: String?
    /// For example `CHROME`, `FIREFOX`, `UNKNOWN`.
    public var browser: String?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("rawUserAgent", \.rawUserAgent, .string),
        LogField("os", \.os, .string),
        LogField("browser", \.browser, .string),
    ]
}
