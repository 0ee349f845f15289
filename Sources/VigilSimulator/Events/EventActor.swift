/// `actor` (and the shape of `target[]` entries): who did it.
public struct EventActor: Sendable, Hashable {
    public var id: String
    public var type: String
    public var alternateId: String
    public var displayName: String

    public init(id: String, type: String, alternateId: String, displayName: String) {
        self.id = id
        self.type = type
        self.alternateId = alternateId
        self.displayName = displayName
    }

    /// A user of the org.
    public init(_ user: OrgUser) {
        self.init(id: user.id, type: "User", alternateId: user.login, displayName: user.displayName)
    }

    /// Someone who typed a login the org does not have: Okta logs `unknown` as id and name.
    public static func unknownUser(login: String) -> EventActor {
        EventActor(id: "unknown", type: "User", alternateId: login, displayName: "unknown")
    }
}
