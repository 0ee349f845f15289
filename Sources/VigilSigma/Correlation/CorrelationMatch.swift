import VigilEvent

/// A correlation's condition held for a group: what was measured, over which evidence.
public struct CorrelationMatch: Sendable {
    /// Index into `CorrelationSet.correlations`.
    public let correlation: Int
    /// The group-by values, in group-by order.
    public let group: [String]
    /// Stable across re-evaluation of the same events: the uuid of the episode's earliest evidence.
    public let episode: String
    /// Whether this is the episode's first firing (chained correlations count only those).
    public let isNew: Bool
    /// The count the condition tested (events, distinct values, or referred rules).
    public let measured: Int
    /// Evidence uuids, oldest first, at most `CorrelationEngine.Limits.evidence`.
    public let events: [String]
    public let firstSeen: Timestamp
    public let lastSeen: Timestamp
    /// For `value_count`: distinct values, most frequent first (a sample).
    public let values: [String]
    /// For temporal correlations: when each referred rule matched, in order of the chain.
    public let steps: [(position: Int, time: Timestamp)]
}
