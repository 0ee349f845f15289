import VigilEvent
import VigilStore

/// Deletes events published more than `days` ago, as `vigil prune` does: in small transactions, so ingestion waits
/// at most one short batch, and off Swift's shared threads.
public struct RetentionJob: DailyJob {
    public let name = "retention"
    let store: EventStore
    /// Okta keeps 90 days.
    let days: Int

    public init(store: EventStore, days: Int = 90) {
        self.store = store
        self.days = max(1, days)
    }

    public func run(now: Timestamp) async throws -> String {
        let store = store, cutoff = now.adding(seconds: -Double(days) * 86_400)
        let result = try await offPool("vigil.schedule.retention") { try store.enforceRetention(before: cutoff) }
        return "\(result.deletedEvents) event(s) published before \(cutoff.iso8601) deleted, \(result.droppedPartitions) full-text day partition(s) dropped"
    }
}
