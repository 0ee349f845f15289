import VigilEvent

/// A local user of Vigil's web UI and REST API (not an Okta user).
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var username: String
    public var role: AccountRole
    public var created: Timestamp
    public var disabled: Bool
    /// The bcrypt hash; never shown or logged.
    public var passwordHash: String
}
