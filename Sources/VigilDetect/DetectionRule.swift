import VigilSigma

/// A rule ready to run: the Sigma rule, its compiled matcher and Vigil's settings for it.
public struct DetectionRule: Sendable {
    public let compiled: CompiledRule
    public let entity: AlertEntity
    /// Whether the rule came with Vigil (the managed pack) or from a user directory.
    public let managed: Bool
    /// Whether the rule raises alerts of its own; `false` for a rule that only feeds correlations
    /// (referred to by a correlation without `generate: true`).
    public internal(set) var standalone = true

    public var rule: SigmaRule { compiled.rule }
    /// The id alerts carry: the rule's UUID, or its title when it has none.
    public var id: String { rule.id ?? rule.title }
    public var severity: SigmaLevel { rule.level ?? .medium }

    /// Deprecated and unsupported rules are loaded (so lint and list show them) but not evaluated.
    public var isEnabled: Bool { !["deprecated", "unsupported"].contains(rule.status?.lowercased() ?? "") }
}
