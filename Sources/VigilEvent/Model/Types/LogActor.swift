/// Who performed the action: a user, an app, an API client... Every event has one.
public struct LogActor: LogEntity {
    public var id: String?
    public var type: String?
    public var alternateId: String?
    public var displayName: String?
    public var detailEntry: JSONObject?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields = entityFields
}
