import VigilEvent

/// One attempt to deliver an alert (or a digest that included it) to a notification channel.
public struct NotificationDelivery: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// The receiver accepted it.
        case delivered
        /// This attempt failed; another follows.
        case retrying
        /// The last attempt failed, or the failure cannot be retried: the alert was not delivered.
        case failed
        /// The channel's queue was full: never attempted.
        case dropped
    }

    public var channel: String
    /// `nil` for a delivery that concerns no single alert.
    public var alertId: String?
    public var attempt: Int
    public var status: Status
    /// What went wrong, without secrets.
    public var error: String?
    public var at: Timestamp

    public init(channel: String, alertId: String?, attempt: Int, status: Status, error: String? = nil, at: Timestamp = .now()) {
        self.channel = channel
        self.alertId = alertId
        self.attempt = attempt
        self.status = status
        self.error = error
        self.at = at
    }
}
