/// Who is acting, from where, in which Okta session, and what Okta's risk engine thinks of it: the part of an
/// event that stays the same across every step of one sign-in or one admin session.
public struct SignInContext: Sendable {
    public var actor: EventActor
    public var origin: Origin
    /// `authenticationContext.externalSessionId` (and `rootSessionId`).
    public var sessionId: String
    public var behaviors: Behaviors
    /// `debugData.risk` level: `LOW`, `MEDIUM`, `HIGH`.
    public var risk: String
    public var threatSuspected: Bool
    /// Set for calls made with an SSWS token: no browser session, the token in `transaction.detail`.
    public var apiTokenId: String?

    public init(actor: EventActor, origin: Origin, sessionId: String, behaviors: Behaviors = .familiar,
                risk: String = "LOW", threatSuspected: Bool = false, apiTokenId: String? = nil) {
        self.actor = actor
        self.origin = origin
        self.sessionId = sessionId
        self.behaviors = behaviors
        self.risk = risk
        self.threatSuspected = threatSuspected
        self.apiTokenId = apiTokenId
    }
}
