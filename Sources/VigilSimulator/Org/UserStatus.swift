/// An Okta user's lifecycle status (`GET /api/v1/users` `status`).
public enum UserStatus: String, Sendable, CaseIterable {
    case active = "ACTIVE"
    case staged = "STAGED"
    case provisioned = "PROVISIONED"
    case recovery = "RECOVERY"
    case passwordExpired = "PASSWORD_EXPIRED"
    case lockedOut = "LOCKED_OUT"
    case suspended = "SUSPENDED"
    case deprovisioned = "DEPROVISIONED"

    /// Whether the user can sign in: only they generate sign-in traffic.
    public var canSignIn: Bool { self == .active || self == .passwordExpired }
}
