import VigilEvent
import VigilSigma

/// Runs a rule set over events, one event at a time, and turns matches into alerts.
///
/// Rules that require particular event types (most Okta rules do) are indexed by them, so an event is checked only
/// against the rules for its type plus the rules that do not constrain the type.
public struct Detector: Sendable {
    public let ruleSet: RuleSet
    /// The enabled rules, in rule-set order.
    public let active: [DetectionRule]
    /// The matchers of `active`, apart, so the per-event loop touches one reference per rule.
    let matchers: [CompiledRule]
    /// Lower-cased event type → indexes into `active` of the rules requiring it, merged with `anyType`, ascending.
    let byEventType: [String: [Int]]
    /// Indexes of the rules that may match any event type.
    let anyType: [Int]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        active = ruleSet.rules.filter(\.isEnabled)
        matchers = active.map(\.compiled)
        var anyType: [Int] = []
        var byType: [String: [Int]] = [:]
        for (index, rule) in active.enumerated() {
            if let types = rule.compiled.requiredEventTypes {
                for type in types { byType[type, default: []].append(index) }
            } else {
                anyType.append(index)
            }
        }
        self.anyType = anyType
        byEventType = byType.mapValues { ($0 + anyType).sorted() }
    }

    /// Calls `body` with the index (into `active`) of each rule `event` matches, in rule order. The event must have
    /// been read with `ruleSet.plan`.
    @inline(__always)
    public func forEachMatch(_ event: OktaEvent, _ body: (Int) -> Void) {
        forEachMatch(event, candidates: candidates(for: event.eventType), body)
    }

    /// The rules (indexes into `active`) an event of `eventType` is checked against.
    func candidates(for eventType: String) -> [Int] { byEventType[Self.key(eventType)] ?? anyType }

    /// `forEachMatch` over `candidates(for: event.eventType)` looked up beforehand.
    @inline(__always)
    func forEachMatch(_ event: OktaEvent, candidates: [Int], _ body: (Int) -> Void) {
        event.raw.withUnsafeBufferPointer { bytes in
            for index in candidates where matchers[index].matches(fields: event.fields, bytes: bytes) { body(index) }
        }
    }

    /// The rules that match `event`, in rule-set order.
    public func matchingRules(_ event: OktaEvent) -> [DetectionRule] {
        var rules: [DetectionRule] = []
        forEachMatch(event) { rules.append(active[$0]) }
        return rules
    }

    /// The alerts `event` raises on its own (rules that only feed correlations raise none; see `DetectionEngine`
    /// for correlations and analytics).
    public func alerts(for event: OktaEvent) -> [Alert] {
        matchingRules(event).filter(\.standalone).map { Alert(rule: $0, event: event, plan: ruleSet.plan) }
    }

    /// The alerts a batch of events raises, evaluated in event-time order (`published`; input order among equal
    /// timestamps), since Okta delivers events out of order across pages, hooks and streams.
    public func alerts(for events: [OktaEvent]) -> [Alert] {
        events.indices
            .sorted { (events[$0].published, $0) < (events[$1].published, $1) }
            .flatMap { alerts(for: events[$0]) }
    }

    /// Okta's event types are lower-case already; only others pay for lower-casing.
    @inline(__always)
    static func key(_ eventType: String) -> String {
        // Over the contiguous bytes: walking `utf8` index by index costs more than the rules of a typical event.
        let lower = eventType.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) }
        } ?? eventType.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) })
        return lower ? eventType : eventType.lowercased()
    }
}
