/// An entity the action was performed on (an app user, a sign-in token, a policy ...).
public struct LogTarget: LogEntity {
    public var id: String?
    public var type: String?
    public var alternateId: String?
    public var displayName: String?
    public var detailEntry: JSONObject?
    /// What the action changed on this target, when the event type reports it.
    public var changeDetails: LogTargetChangeDetails?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields = entityFields + [LogField("changeDetails", \.changeDetails, .model)]
}
