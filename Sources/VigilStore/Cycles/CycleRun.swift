import VigilEvent

/// One run of a scheduled cycle (the hourly analysis, the daily jobs): when it ran and what it did.
public struct CycleRun: Sendable, Equatable {
    /// The cycle's name (`hourly`, `daily`).
    public var cycle: String
    public var started: Timestamp
    public var finished: Timestamp
    /// Stored events read again.
    public var eventsRead: Int
    /// Alerts the run opened, and open alerts it added evidence to.
    public var alertsNew: Int
    public var alertsUpdated: Int
    /// What the run's jobs did, in a line (`retention: 1,204 events deleted`).
    public var detail: String?
    /// Why the run, or one of its jobs, failed.
    public var error: String?

    public init(cycle: String, started: Timestamp, finished: Timestamp, eventsRead: Int = 0, alertsNew: Int = 0,
                alertsUpdated: Int = 0, detail: String? = nil, error: String? = nil) {
        self.cycle = cycle
        self.started = started
        self.finished = finished
        self.eventsRead = eventsRead
        self.alertsNew = alertsNew
        self.alertsUpdated = alertsUpdated
        self.detail = detail
        self.error = error
    }
}
