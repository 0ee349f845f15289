import VigilDetect
import VigilStore

extension EventStore {
    /// Saves what detection raised (grouped by rule and entity) and says, per alert, what saving did: the one path
    /// for near-time detection and the hourly re-evaluation, so both group and deduplicate alike.
    public func save(raised alerts: [Alert], grouping: AlertGrouping = AlertGrouping()) throws -> [SavedAlert] {
        let result = try save(alerts: alerts.map(\.record), grouping: grouping)
        return zip(alerts, result.outcomes).map { SavedAlert(alert: $0, outcome: $1) }
    }
}
