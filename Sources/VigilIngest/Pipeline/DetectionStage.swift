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
    /// A fresh pass over stored history (the hourly re-evaluation), leaving near-time detection's state alone;
    /// `nil` for a stage that cannot re-evaluate.
    func reevaluation() -> (any ReevaluationPass)?
    /// Saves what the stage remembers between events (windows, baselines) now; the pipeline calls it when it stops.
    func saveState() async
}

/// One re-evaluation of stored history: fed batches in event-time order, it raises what they raise, with the same
/// alert ids near-time detection gives, so saving them merges rather than duplicates.
public protocol ReevaluationPass: AnyObject {
    func process(_ events: [OktaEvent]) throws -> [Alert]
}

extension DetectionStage {
    public func reevaluation() -> (any ReevaluationPass)? { nil }
    public func saveState() async {}
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

    public func detect(_ events: [OktaEvent]) async throws -> [Alert] { try alerts(for: events) }

    func alerts(for events: [OktaEvent]) throws -> [Alert] {
        let alerts = detector.alerts(for: try plan.reindexed(events))
        return disabled.isEmpty ? alerts : alerts.filter { !disabled.contains($0.rule.id) && !disabled.contains($0.rule.title) }
    }

    /// Single-event rules keep no state: re-evaluating is detecting again.
    public func reevaluation() -> (any ReevaluationPass)? { StatelessPass(stage: self) }

    final class StatelessPass: ReevaluationPass {
        let stage: RuleDetectionStage
        init(stage: RuleDetectionStage) { self.stage = stage }

        func process(_ events: [OktaEvent]) throws -> [Alert] { try stage.alerts(for: events) }
    }
}
