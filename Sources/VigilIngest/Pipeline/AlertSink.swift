import VigilDetect

/// Where alerts go once the pipeline has saved them: notifications (mail, chat, webhooks), the UI's live view,
/// automated response. Called off the ingestion path, in order; a slow sink delays later alerts, never acks.
public protocol AlertSink: Sendable {
    func alertsRaised(_ alerts: [Alert]) async
    /// The alerts with what saving them did (opened, grouped into an open alert, escalated it, nothing new). Sinks
    /// that care, such as notifications, implement this; by default every raised alert goes to `alertsRaised`.
    func alertsSaved(_ saved: [SavedAlert]) async
}

extension AlertSink {
    public func alertsSaved(_ saved: [SavedAlert]) async { await alertsRaised(saved.map(\.alert)) }
}
