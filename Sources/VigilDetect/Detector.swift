import VigilEvent
import VigilSigma

/// Runs a rule set over events, one event at a time, and turns matches into alerts.
public struct Detector: Sendable {
    public let ruleSet: RuleSet
    /// Only the enabled rules, so the per-event loop skips no disabled ones.
    let active: [DetectionRule]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        active = ruleSet.rules.filter(\.isEnabled)
    }

    /// The rules that match `event` (read with `ruleSet.plan`), in rule-set order.
    public func matchingRules(_ event: OktaEvent) -> [DetectionRule] {
        event.raw.withUnsafeBufferPointer { bytes in
            active.filter { $0.compiled.matches(fields: event.fields, bytes: bytes) }
        }
    }

    /// The alerts `event` raises.
    public func alerts(for event: OktaEvent) -> [Alert] {
        matchingRules(event).map { Alert(rule: $0, event: event, plan: ruleSet.plan) }
    }
}
