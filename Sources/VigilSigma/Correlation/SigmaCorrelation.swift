/// A Sigma correlation rule as written (`correlation:` document): which rules it relates, how it groups and
/// counts their matches, over what time, and when it fires.
///
/// The model only; `CorrelationEngine` evaluates it over rule matches in event time.
public struct SigmaCorrelation: Sendable {
    public var title: String
    public var id: String?
    /// The `name` other correlations may refer to it by.
    public var name: String?
    public var status: String?
    public var description: String?
    public var author: String?
    public var date: String?
    public var references: [String]
    public var tags: [String]
    public var falsePositives: [String]
    /// The severity of the alerts it raises (`medium` when absent).
    public var level: SigmaLevel?
    public var type: CorrelationType
    /// Referred rules (Sigma rules or correlations) by `id` or `name`, in the order written.
    public var rules: [String]
    /// Field names (or alias names) that scope a count; empty: one count for the whole tenant.
    public var groupBy: [String]
    public var timespanMillis: Int64
    /// The timespan as written (`10m`), for messages.
    public var timespanText: String
    public var condition: CorrelationCondition
    /// Alias name → referred rule name → field in that rule's events.
    public var aliases: [String: [String: String]]
    /// Whether the referred rules also raise alerts of their own (the default, `false`, keeps them quiet).
    public var generate: Bool
    /// Vigil's custom attributes (`vigil:` mapping), scalar values only.
    public var vigil: [String: String]
    public var file: String?

    /// How messages name the correlation: title and id.
    public var label: String { id.map { "'\(title)' (\($0))" } ?? "'\(title)'" }

    /// The field path a group-by entry reads in the events (or matches) of the referred rule `ruleName`.
    public func field(_ groupBy: String, for ruleNames: [String]) -> String {
        for name in ruleNames { if let path = aliases[groupBy]?[name] { return path } }
        return groupBy
    }

    /// Every field path the correlation reads from events.
    public var fieldPaths: [String] {
        groupBy + aliases.values.flatMap(\.values) + (condition.field.map { [$0] } ?? [])
    }
}

/// What a correlation counts.
public enum CorrelationType: String, Sendable, CaseIterable, Codable {
    /// Matches per group in the window.
    case eventCount = "event_count"
    /// Distinct values of `condition.field` per group in the window.
    case valueCount = "value_count"
    /// All (or `condition`-many) referred rules matched in the window, in any order.
    case temporal
    /// All referred rules matched in the window, in the order written.
    case temporalOrdered = "temporal_ordered"
}
