/// One System Log event fully decoded: every field of Okta's `LogEvent` schema, typed, plus whatever Okta
/// sends beyond it.
///
/// The hot path never builds this (see `OktaEvent`); it is for showing and exporting events. Decoding never
/// fails on a value of an unexpected type, and `encodedJSON()` gives back the event with the same keys in the
/// same order and the same values (numbers with their exact text).
public struct LogEvent: LogObject {
    public var uuid: String?
    /// RFC 3339 with milliseconds, as sent (see `publishedTimestamp`).
    public var published: String?
    public var eventType: String?
    /// The schema version, `"0"` (sent as a number by some sources).
    public var version: String?
    public var severity: LogSeverity?
    /// The matching event type of Okta's older Events API.
    public var legacyEventType: String?
    public var displayMessage: String?
    public var actor: LogActor?
    public var client: LogClient?
    /// Present on events involving an Okta Verify device; not linked from Okta's `LogEvent` schema.
    public var device: LogDevice?
    public var authenticationContext: LogAuthenticationContext?
    public var securityContext: LogSecurityContext?
    public var outcome: LogOutcome?
    public var target: [LogTarget]?
    public var transaction: LogTransaction?
    public var debugContext: LogDebugContext?
    public var request: LogRequest?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("uuid", \.uuid, .string),
        LogField("published", \.published, .string),
        LogField("eventType", \.eventType, .string),
        LogField("version", \.version, .string),
        LogField("severity", \.severity, .enumeration),
        LogField("legacyEventType", \.legacyEventType, .string),
        LogField("displayMessage", \.displayMessage, .string),
        LogField("actor", \.actor, .model),
        LogField("client", \.client, .model),
        LogField("device", \.device, .model),
        LogField("authenticationContext", \.authenticationContext, .model),
        LogField("securityContext", \.securityContext, .model),
        LogField("outcome", \.outcome, .model),
        LogField("target", \.target, .models(LogTarget.self)),
        LogField("transaction", \.transaction, .model),
        LogField("debugContext", \.debugContext, .model),
        LogField("request", \.request, .model),
    ]
}
