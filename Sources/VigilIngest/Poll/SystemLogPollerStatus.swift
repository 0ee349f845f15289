import Foundation

/// A snapshot of one poller, for `vigil status`, the UI and metrics.
public struct SystemLogPollerStatus: Sendable, Equatable {
    public var integrationID: String
    /// Still reading history (true until the first empty page).
    public var backfilling: Bool
    public var eventsStored: Int = 0
    /// Events already in the store (overlap after a restart, or delivered first by a hook or stream).
    public var duplicates: Int = 0
    /// Records Okta sent that were not usable LogEvents.
    public var rejected: Int = 0
    public var pages: Int = 0
    /// 429s seen on the org's budget (shared by every caller of that org).
    public var rateLimited: Int = 0
    /// The latest `published` among stored events.
    public var lastEventTime: Date?
    /// When the last page was read successfully.
    public var lastPollTime: Date?
    /// How far behind the poller's view is: while backfilling, now minus the latest event time; once caught up,
    /// the time since the last successful page.
    public var lag: TimeInterval?
    /// Events stored per second since the poller started.
    public var eventsPerSecond: Double = 0
    /// Estimated time to catch up (backfill only), from how fast event time advances against the wall clock.
    public var estimatedRemaining: TimeInterval?
    public var lastError: String?
    public var lastErrorTime: Date?

    public init(integrationID: String, backfilling: Bool) {
        self.integrationID = integrationID
        self.backfilling = backfilling
    }
}
