import VigilEvent

/// Everything that varies between two System Log events, before it is written as JSON.
///
/// Factories fill one per event and `EventRenderer` writes it in Okta's key order. Fields left at their
/// defaults are written the way Okta writes absent data (mostly `null`).
public struct LogEventDraft: Sendable {
    public var kind: EventKind
    public var published: Timestamp
    public var actor: EventActor
    /// nil for events Okta raises itself without a client (a system job): the client is written with nulls.
    public var origin: Origin?
    public var outcome: EventOutcome = .success
    public var severity: String = "INFO"
    public var targets: [EventTarget] = []

    // authenticationContext
    public var sessionId: String?
    public var authenticationProvider: String?
    public var credentialProvider: String?
    public var credentialType: String?
    public var interface: String?
    /// `client.id`: the OAuth client of the request.
    public var clientId: String?

    // debugContext.debugData
    public var behaviors: Behaviors?
    public var risk: String?
    public var threatSuspected: Bool?
    /// Extra string keys after the common ones (`privilegeGranted`, `changedAttributes` ...).
    public var debugExtra: [(String, String)] = []

    /// `transaction.type`: `WEB` for requests, `JOB` for background work.
    public var transactionType = "WEB"
    /// `transaction.detail.requestApiTokenId` for calls made with an SSWS token.
    public var apiTokenId: String?

    /// Random bits that become the uuid's clock sequence and node, and the request id; the factory draws them.
    var uuidEntropy: (UInt64, UInt64) = (0, 0)
    var requestEntropy: (UInt64, UInt64, UInt64) = (0, 0, 0)

    public init(kind: EventKind, published: Timestamp, actor: EventActor, origin: Origin?) {
        self.kind = kind
        self.published = published
        self.actor = actor
        self.origin = origin
    }

    /// A draft for an event in a sign-in context: actor, origin, session and risk signals come from it.
    public init(kind: EventKind, published: Timestamp, context: SignInContext) {
        self.init(kind: kind, published: published, actor: context.actor, origin: context.origin)
        sessionId = context.sessionId
        behaviors = context.behaviors
        risk = context.risk
        threatSuspected = context.threatSuspected
        if let token = context.apiTokenId {
            // An API call has no session and no sign-in risk evaluation.
            apiTokenId = token
            sessionId = nil
            behaviors = nil
            risk = nil
            threatSuspected = nil
        }
    }
}
