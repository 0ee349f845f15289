/// The three ways a System Log event reaches Vigil. Every path feeds the same pipeline, so an event that arrives
/// by two paths is stored once.
public enum IngestPath: String, Sendable, CaseIterable, Codable {
    /// `GET /api/v1/logs`, following `next` links from a durable cursor.
    case poll
    /// Okta's Event Hooks, pushed to `POST /hooks/okta/{integrationId}`.
    case hook
    /// Okta Log Streaming to AWS EventBridge, consumed from the SQS queue an EventBridge rule targets.
    case eventBridge = "eventbridge"
}
