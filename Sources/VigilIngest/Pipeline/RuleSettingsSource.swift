import VigilDetect
import VigilStore

/// Where detection learns which rules an admin switched off on the Rules page.
///
/// The pipeline asks once per batch (one small read), so a switch takes effect on the next batch without a
/// restart, and drops the alerts of switched-off rules before they are saved or notified.
public protocol RuleSettingsSource: Sendable {
    /// Ids of the rules (and correlations) whose alerts must not be raised.
    func disabledRuleIds() throws -> Set<String>
}

extension RuleSettingsSource {
    /// `alerts` without those of switched-off rules. Rule matches still feed correlations, so switching off a
    /// noisy building-block rule does not silence the correlation built on it.
    public func admitted(_ alerts: [Alert]) throws -> [Alert] {
        let disabled = try disabledRuleIds()
        return disabled.isEmpty ? alerts : alerts.filter { !disabled.contains($0.rule.id) }
    }
}

/// The switches saved in the store by the web UI and `PUT /api/v1/rules/{id}`.
public struct StoredRuleSettings: RuleSettingsSource {
    let store: EventStore

    public init(store: EventStore) { self.store = store }

    /// Only rules switched *off* are returned: a rule whose file marks it deprecated or unsupported is never
    /// loaded by the detector, so switching it on in the UI cannot revive it here.
    public func disabledRuleIds() throws -> Set<String> {
        Set(try store.ruleSettings().filter { !$0.value }.keys)
    }
}
