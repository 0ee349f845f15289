/// The shape Okta gives both an event's actor and its targets: `{id, type, alternateId, displayName, detailEntry}`.
public protocol LogEntity: LogObject {
    var id: String? { get set }
    /// The kind of entity (`User`, `AppInstance`, `AuthenticatorEnrollment` ...): select targets by it, not by position.
    var type: String? { get set }
    var alternateId: String? { get set }
    var displayName: String? { get set }
    /// Further details, free-form.
    var detailEntry: JSONObject? { get set }
}

extension LogEntity {
    /// The fields every entity models.
    static var entityFields: [LogField<Self>] {
        [
            LogField("id", \.id, .string),
            LogField("type", \.type, .string),
            LogField("alternateId", \.alternateId, .string),
            LogField("displayName", \.displayName, .string),
            LogField("detailEntry", \.detailEntry, .object),
        ]
    }
}
