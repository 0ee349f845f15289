import VigilEvent

/// How far a first-run backfill has come: what `vigil status`, the web API and `/metrics` show while a path is
/// still reading history.
public struct BackfillProgress: Sendable, Equatable {
    /// Events stored by the backfill so far (this run of the service).
    public var events: Int64
    /// Events stored per second since the backfill (re)started.
    public var eventsPerSecond: Double
    /// Estimated seconds until it reaches the present; nil until it can tell.
    public var etaSeconds: Double?
    /// The newest `published` it has reached.
    public var reached: Timestamp?

    public init(events: Int64, eventsPerSecond: Double, etaSeconds: Double? = nil, reached: Timestamp? = nil) {
        self.events = events
        self.eventsPerSecond = eventsPerSecond
        self.etaSeconds = etaSeconds
        self.reached = reached
    }
}
