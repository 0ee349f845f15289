import Foundation
import VigilStore

/// The signed-in caller of a route.
public struct WebIdentity: Sendable {
    public var account: Account
    public var method: Method

    /// How the caller proved who they are.
    public enum Method: Sendable {
        /// A browser session; state-changing requests must echo its CSRF token.
        case session(csrfToken: String, tokenHash: String)
        /// `Authorization: Bearer` with an API token (not sent automatically by browsers, so no CSRF risk).
        case apiToken
    }

    public var username: String { account.username }
    public var role: AccountRole { account.role }

    /// The hash of the caller's session cookie, if they came with one.
    var sessionTokenHash: String? {
        if case .session(_, let hash) = method { return hash }
        return nil
    }

    /// The CSRF token pages embed in forms (empty for API tokens, which never render pages).
    public var csrfToken: String {
        if case .session(let token, _) = method { return token }
        return ""
    }
}
