/// A response action on a user. Each maps to one Okta call needing `okta.users.manage` (or an admin token).
public enum UserAction: Sendable, Equatable, CustomStringConvertible {
    /// Blocks sign-in but keeps apps and factors (only from `ACTIVE`). Reversible with `unsuspend`.
    case suspend
    case unsuspend
    /// Deprovisions the user and their app accounts. Destructive: Okta cannot reactivate with the same state.
    case deactivate
    /// Unlocks a `LOCKED_OUT` user.
    case unlock
    /// Removes every enrolled factor; the user must enrol again.
    case resetFactors
    /// Forces a password change at next sign-in.
    case expirePassword
    /// Ends every Okta session; with `revokeOAuthTokens` also revokes the user's OAuth tokens. App sessions stay.
    case clearSessions(revokeOAuthTokens: Bool)

    /// Method and path below `/api/v1/users/{id}`, plus query.
    var call: (method: String, path: String, query: [(String, String?)]) {
        switch self {
        case .suspend: ("POST", "/lifecycle/suspend", [])
        case .unsuspend: ("POST", "/lifecycle/unsuspend", [])
        case .deactivate: ("POST", "/lifecycle/deactivate", [("sendEmail", "false")])
        case .unlock: ("POST", "/lifecycle/unlock", [])
        case .resetFactors: ("POST", "/lifecycle/reset_factors", [])
        case .expirePassword: ("POST", "/lifecycle/expire_password", [])
        case .clearSessions(let revoke): ("DELETE", "/sessions", [("oauthTokens", revoke ? "true" : "false")])
        }
    }

    public var description: String {
        switch self {
        case .suspend: "suspend"
        case .unsuspend: "unsuspend"
        case .deactivate: "deactivate"
        case .unlock: "unlock"
        case .resetFactors: "reset factors"
        case .expirePassword: "expire password"
        case .clearSessions(let revoke): revoke ? "clear sessions and revoke OAuth tokens" : "clear sessions"
        }
    }
}
