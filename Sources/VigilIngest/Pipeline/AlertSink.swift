import VigilDetect

/// Where alerts go once the pipeline has saved them: notifications (mail, chat, webhooks), the UI's live view,
/// automated response. Called off the ingestion path, in order; a slow sink delays later alerts, never acks.
public protocol AlertSink: Sendable {
    func alertsRaised(_ alerts: [Alert]) async
}
