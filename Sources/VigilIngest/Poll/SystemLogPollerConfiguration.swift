import Foundation

/// How one integration polls the System Log.
public struct SystemLogPollerConfiguration: Sendable {
    /// The longest backfill: the System Log keeps 90 days.
    public static let maxBackfill: TimeInterval = 90 * 86_400

    /// How far back the first run reads (default 7 days, at most 90).
    public var backfill: TimeInterval {
        didSet { backfill = min(max(backfill, 0), Self.maxBackfill) }
    }
    /// Wait after an empty page before asking again.
    public var pollInterval: Duration
    /// Events per page (Okta's maximum, 1000, costs the fewest calls).
    public var pageSize: Int
    /// An optional SCIM filter on the query (`eventType sw "user."`); applies only to a fresh start.
    public var filter: String?
    /// How often a running backfill logs its progress.
    public var progressInterval: Duration
    /// First and longest wait after a failed page; the wait doubles in between.
    public var errorBackoff: Duration
    public var maxErrorBackoff: Duration

    public init(backfill: TimeInterval = 7 * 86_400, pollInterval: Duration = .seconds(10), pageSize: Int = 1000,
                filter: String? = nil, progressInterval: Duration = .seconds(30),
                errorBackoff: Duration = .seconds(5), maxErrorBackoff: Duration = .seconds(300)) {
        self.backfill = min(max(backfill, 0), Self.maxBackfill)
        self.pollInterval = pollInterval
        self.pageSize = min(max(pageSize, 1), 1000)
        self.filter = filter
        self.progressInterval = progressInterval
        self.errorBackoff = errorBackoff
        self.maxErrorBackoff = maxErrorBackoff
    }
}
