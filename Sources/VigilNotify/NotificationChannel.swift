import VigilDetect

/// Somewhere alerts are sent: a webhook, Slack, a SIEM over syslog. A channel sends; routing, queuing, retries and
/// the delivery log are the `Notifier`'s, so each channel stays small.
public protocol NotificationChannel: Sendable {
    /// Unique among the configured channels; names the channel in the delivery log and metrics.
    var name: String { get }
    /// Sends one alert at once. Throws `DeliveryError` (or any error, taken as retryable).
    func send(_ alert: Alert) async throws
    /// Sends alerts collected for a digest together.
    func sendDigest(_ alerts: [Alert]) async throws
}
