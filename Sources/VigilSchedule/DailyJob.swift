import VigilEvent

/// A job of the daily cycle: retention today, posture checks (Okta policies, admin roles, stale accounts) as they
/// come. A job must not hold the store's writer for long: ingestion shares it.
public protocol DailyJob: Sendable {
    /// Names the job in the run's record and in logs.
    var name: String { get }
    /// Does the job; one line saying what it did (`1,204 events deleted`).
    func run(now: Timestamp) async throws -> String
}
