import Metrics

/// The channel's outcomes as metrics (`vigil_notifications_total{channel, status}`), for dashboards and alerting
/// on the alerting: a channel whose `failed` or `dropped` grows is one nobody hears from.
struct ChannelCounters: Sendable {
    let delivered: Counter
    let failed: Counter
    let dropped: Counter

    init(channel: String) {
        func counter(_ status: String) -> Counter {
            Counter(label: "vigil_notifications_total", dimensions: [("channel", channel), ("status", status)])
        }
        delivered = counter("delivered")
        failed = counter("failed")
        dropped = counter("dropped")
    }
}
