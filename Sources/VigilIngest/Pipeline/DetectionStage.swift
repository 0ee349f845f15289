import VigilDetect
import VigilEvent

/// Near-time detection on events as they are stored: the pipeline calls it with each commit's *new* events (never
/// duplicates, so a retried hook or an event seen by two paths raises nothing twice), off the acknowledgement path.
/// The stateless rule stage below is the default; a stateful engine (correlation, thresholds) replaces it.
public protocol DetectionStage: Sendable {
    /// The field plan sources should read events with, so each event is scanned once for storage and detection.
    var plan: FieldPlan { get }
    /// The alerts raised by `events`, which arrive in commit order (not necessarily `published` order).
    func detect(_ events: [OktaEvent]) async throws -> [Alert]
}

/// Runs a rule set's Sigma rules over each new event.
public struct RuleDetectionStage: DetectionStage {
    public let detector: Detector
    /// Rule ids or titles the configuration turns off (`detection.disabled_rules`).
    public let disabled: Set<String>

    public init(ruleSet: RuleSet, disabled: Set<String> = []) {
        detector = Detector(ruleSet: ruleSet)
        self.disabled = disabled
    }

    public var plan: FieldPlan { detector.ruleSet.plan }

    public func detect(_ events: [OktaEvent]) async throws -> [Alert] {
        let alerts = detector.alerts(for: try plan.reindexed(events))
        return disabled.isEmpty ? alerts : alerts.filter { !disabled.contains($0.rule.id) && !disabled.contains($0.rule.title) }
    }
}
