import VigilDetect
import VigilStore

/// An alert as detection raised it, and what saving it did: opened an alert, added to an open one (grouping),
/// raised that one's severity, or nothing new. Alert sinks use it to tell a new alert from an escalation.
public struct SavedAlert: Sendable {
    /// The alert as raised (its own id; grouping may have saved it into another alert, `outcome.alertId`).
    public var alert: Alert
    public var outcome: AlertSaveResult.Outcome

    public init(alert: Alert, outcome: AlertSaveResult.Outcome) {
        self.alert = alert
        self.outcome = outcome
    }
}
