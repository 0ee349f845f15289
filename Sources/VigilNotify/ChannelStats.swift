/// What a channel did since the notifier started, counted in alerts.
public struct ChannelStats: Sendable, Equatable {
    public var delivered = 0
    /// Attempts that failed and were tried again.
    public var retried = 0
    /// Alerts that were not delivered after the last attempt.
    public var failed = 0
    /// Alerts dropped because the channel's queue was full.
    public var dropped = 0

    public init(delivered: Int = 0, retried: Int = 0, failed: Int = 0, dropped: Int = 0) {
        self.delivered = delivered
        self.retried = retried
        self.failed = failed
        self.dropped = dropped
    }
}
