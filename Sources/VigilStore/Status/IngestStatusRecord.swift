import VigilEvent

/// How one ingestion path of one integration is doing, as the service last saved it.
public struct IngestStatusRecord: Sendable, Equatable {
    public var integration: String
    /// `poll`, `hook` or `eventbridge`.
    public var path: String
    /// `published` of the newest event received.
    public var lastEvent: Timestamp?
    /// When the last batch was committed.
    public var lastReceived: Timestamp?
    /// How far behind Okta the path was at its last batch: commit time minus the newest event's `published`.
    public var lagMillis: Int64?
    public var eventsPerMinute: Double
    /// Events received (new or not) since the integration was first seen.
    public var events: Int64
    /// Events received again (a retry, another path, an overlapping poll): absorbed, stored once.
    public var duplicates: Int64
    /// Okta answered 429 (rate limited).
    public var rateLimited: Int64
    /// Times the source found it may have missed events (a deactivated log stream, a cursor it had to reset).
    public var gaps: Int64
    public var lastError: String?
    public var lastErrorAt: Timestamp?
    /// When this record was saved.
    public var updated: Timestamp
    /// Set while the path is reading history (a System Log backfill).
    public var backfill: BackfillProgress?

    public init(integration: String, path: String, lastEvent: Timestamp? = nil, lastReceived: Timestamp? = nil, lagMillis: Int64? = nil,
                eventsPerMinute: Double = 0, events: Int64 = 0, duplicates: Int64 = 0, rateLimited: Int64 = 0, gaps: Int64 = 0,
                lastError: String? = nil, lastErrorAt: Timestamp? = nil, updated: Timestamp = .now(),
                backfill: BackfillProgress? = nil) {
        self.integration = integration
        self.path = path
        self.lastEvent = lastEvent
        self.lastReceived = lastReceived
        self.lagMillis = lagMillis
        self.eventsPerMinute = eventsPerMinute
        self.events = events
        self.duplicates = duplicates
        self.rateLimited = rateLimited
        self.gaps = gaps
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.updated = updated
        self.backfill = backfill
    }
}
