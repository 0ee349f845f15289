import VigilEvent

/// An event in the org's System Log, with the instant Okta persisted it (when a polling client can first see it)
/// and its place in persistence order.
struct StoredEvent: Sendable {
    let event: OktaEvent
    /// `scenario:<name>`, `benign` or `api`: ground truth for tests, never served.
    let label: String
    /// Simulated persistence time: `published` plus the ingestion delay.
    let visibleAt: Timestamp
    /// Position in persistence order, from 1; polling cursors point at it.
    let sequence: Int64

    var published: Timestamp { event.published }
}

/// What the simulator has made visible, for tests that count loss and duplicates against ground truth.
public struct EmittedEvent: Sendable, Hashable {
    public let uuid: String
    public let eventType: String
    public let published: Timestamp
    public let visibleAt: Timestamp
    /// `benign`, `api` or `scenario:<name>`.
    public let label: String
}
