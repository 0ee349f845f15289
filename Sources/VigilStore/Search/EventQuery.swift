import VigilEvent

/// A search over stored events: free text plus field filters and a time range, newest first.
public struct EventQuery: Sendable {
    /// Words that must all occur (each also as a prefix: `alic` finds `alice@example.com`).
    public var text: String?
    public var since: Timestamp?
    public var until: Timestamp?
    /// Exact event types; several mean any of them.
    public var eventTypes: [String] = []
    /// A user's login (alternateId, case-insensitive) or Okta id; matches the event's actor.
    public var user: String?
    public var ip: String?
    /// An Okta session id: the events whose `externalSessionId` or `rootSessionId` it is.
    public var session: String?
    /// `SUCCESS`, `FAILURE`, ...
    public var outcome: String?
    public var limit = 50
    /// Continue after this position (from the last result of the previous page).
    public var after: Cursor?

    /// A position in newest-first order.
    public struct Cursor: Sendable, Hashable {
        public var published: Int64
        public var id: Int64
        public init(published: Int64, id: Int64) { self.published = published; self.id = id }
    }

    public init(text: String? = nil, since: Timestamp? = nil, until: Timestamp? = nil, limit: Int = 50) {
        self.text = text
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// An event read back from the store, with its raw JSON decompressed.
public struct StoredEvent: Sendable {
    public var id: Int64
    public var uuid: String
    public var published: Timestamp
    public var eventType: String
    public var raw: [UInt8]

    public var cursor: EventQuery.Cursor { .init(published: published.millis, id: id) }

    /// The stored event indexed again, for callers that want its fields.
    public func event(plan: FieldPlan = .standard) throws -> OktaEvent { try OktaEvent(raw: raw, plan: plan) }
}
