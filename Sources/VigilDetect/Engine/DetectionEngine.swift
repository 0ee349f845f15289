import Foundation
import VigilEvent
import VigilSigma

/// Vigil's detection: stateless Sigma rules, Sigma correlations and behavioural analytics over events in event
/// time, turned into alerts.
///
/// A value type with mutating methods: the pipeline stage that owns it (an actor, or one task) feeds it batches as
/// they arrive (`process`), snapshots its state after each durable commit (`snapshot`, persisted with
/// `EventStore.saveDetectionState`) and restores it on start (`restore`), so a restart does not forget an attack
/// in progress. Alert ids are deterministic (rule or analytic id + evidence or episode), so evaluating the same
/// events again, as the hourly re-evaluation of recent windows does (`reevaluate`), yields the same ids and the
/// store's upsert merges rather than duplicates.
public struct DetectionEngine: Sendable {
    /// What does not change as events are processed, behind one reference so the per-event path copies nothing.
    final class Plan: Sendable {
        let ruleSet: RuleSet
        let detector: Detector
        let configuration: AnalyticsConfiguration
        /// Detector's `active` index → rule-set index (what correlations were compiled against).
        let activeToRule: [Int]
        /// Event type → the analytics that look at it, so an event costs one lookup for all of them.
        let analyticsByType: [String: [Int]]
        /// The analytics' descriptors (fixed per analytic), so an event does not copy one per analytic it visits.
        let descriptors: [AnalyticDescriptor]

        init(ruleSet: RuleSet, configuration: AnalyticsConfiguration, analytics: [any Analytic]) {
            self.ruleSet = ruleSet
            detector = Detector(ruleSet: ruleSet)
            self.configuration = configuration
            activeToRule = ruleSet.rules.indices.filter { ruleSet.rules[$0].isEnabled }
            var byType: [String: [Int]] = [:]
            for (i, analytic) in analytics.enumerated() { for type in analytic.eventTypes { byType[type, default: []].append(i) } }
            analyticsByType = byType
            descriptors = analytics.map(\.descriptor)
        }
    }

    let plan: Plan
    public var ruleSet: RuleSet { plan.ruleSet }
    public var detector: Detector { plan.detector }
    public var configuration: AnalyticsConfiguration { plan.configuration }
    var correlations: CorrelationEngine
    var analytics: [any Analytic]
    /// Event type → what it is checked against, filled as types are met (see `route(_:)`): known types by their
    /// index in Okta's catalog, others by name.
    var knownRoutes = [Route?](repeating: nil, count: OktaEventTypeCatalog.ids.count)
    var routes: [String: Route] = [:]
    /// The latest event time seen.
    public internal(set) var watermark: Timestamp?
    public internal(set) var eventsProcessed = 0

    public init(ruleSet: RuleSet, analytics configuration: AnalyticsConfiguration = AnalyticsConfiguration(),
                limits: CorrelationEngine.Limits = .init()) {
        correlations = CorrelationEngine(set: ruleSet.correlations, limits: limits)
        analytics = configuration.analytics(plan: ruleSet.plan)
        plan = Plan(ruleSet: ruleSet, configuration: configuration, analytics: analytics)
    }

    /// The analytics' descriptors, in evaluation order.
    public var analyticDescriptors: [AnalyticDescriptor] { analytics.map(\.descriptor) }

    /// Evaluates a batch (events must have been read with `ruleSet.plan`), sorted into event-time order, and returns
    /// its alerts: one per id, an alert that grew during the batch in its latest form with all its evidence.
    public mutating func process(_ batch: [OktaEvent]) -> [Alert] {
        var collector = AlertCollector()
        // `for event in batch`, `batch.map`, and even `batch[i]` copy each event they touch (five retains and
        // releases, 5% of detection's time). Through the buffer, a field is read in place, and the prefetch goes
        // through a pointer; the call to `observe` still copies its event once, since Swift copies a value read
        // from memory for a call that may write memory, and `observe` changes the engine.
        batch.withUnsafeBufferPointer { events in
            // Times apart, so that the sort compares integers. Batches mostly arrive in order already, and then need
            // no sort.
            let times = events.indices.map { events[$0].published }
            let order = zip(times, times.dropFirst()).allSatisfy({ $0 <= $1 }) ? Array(events.indices)
                : events.indices.sorted(by: { (times[$0], $0) < (times[$1], $1) })
            // The next event is fetched into the cache meanwhile (see `OktaEvent.prefetch`).
            for (k, i) in order.enumerated() {
                if k + 1 < order.count { OktaEvent.prefetch(events.baseAddress! + order[k + 1]) }
                observe(events[i], into: &collector)
            }
        }
        if let watermark { advance(to: watermark, into: &collector) }
        return collector.alerts
    }

    /// Event time has passed `time` even without events (a quiet org): closes windows and decides absences.
    public mutating func advance(to time: Timestamp) -> [Alert] {
        var collector = AlertCollector()
        advance(to: max(time, watermark ?? time), into: &collector)
        return collector.alerts
    }

    /// `borrowing`: see `process`; the rare alert copies the event explicitly.
    mutating func observe(_ event: borrowing OktaEvent, into collector: inout AlertCollector) {
        eventsProcessed += 1
        if watermark.map({ event.published > $0 }) ?? true { watermark = event.published }
        let plan = plan
        let route = route(event)
        plan.detector.forEachMatch(event, candidates: route.rules) { active in
            let index = plan.activeToRule[active]
            if plan.ruleSet.rules[index].standalone {
                collector.add(Alert(rule: plan.ruleSet.rules[index], event: copy event, plan: plan.ruleSet.plan))
            }
            if plan.ruleSet.correlations.feeds(rule: index) {
                correlations.observe(rule: index, event: event) { match in
                    guard !plan.ruleSet.correlations.quietCorrelations.contains(match.correlation) else { return }
                    collector.add(Alert(match: match, in: plan.ruleSet, event: copy event))
                }
            }
        }
        for i in route.analytics {
            analytics[i].observe(event) { collector.add(Alert(finding: $0, from: plan.descriptors[i])) }
        }
    }

    mutating func advance(to time: Timestamp, into collector: inout AlertCollector) {
        let ruleSet = ruleSet
        correlations.advance(to: time) { match in
            guard !ruleSet.correlations.quietCorrelations.contains(match.correlation) else { return }
            collector.add(Alert(match: match, in: ruleSet, event: nil))
        }
        for i in analytics.indices {
            let descriptor = analytics[i].descriptor
            analytics[i].advance(to: time.millis) { collector.add(Alert(finding: $0, from: descriptor)) }
        }
    }

    /// Evaluates recent events again, e.g. the last two hours every hour, to catch events that arrived late or out
    /// of order: windows start empty (baselines such as first-seen values are kept) and the events are evaluated in
    /// event time. The live state is not touched. Alerts come with the same ids as when first raised, so saving
    /// them merges evidence into existing alerts and adds only what the late events complete.
    public func reevaluate(_ events: [OktaEvent]) -> [Alert] {
        var copy = reevaluation()
        return copy.process(events)
    }

    /// A copy for re-evaluating history fed in event-time batches (`process` each): windows empty, baselines kept.
    /// What `reevaluate` does in one call, for histories too large to hold in memory at once.
    public func reevaluation() -> DetectionEngine {
        var copy = self
        copy.correlations = CorrelationEngine(set: ruleSet.correlations, limits: correlations.limits)
        for i in copy.analytics.indices { copy.analytics[i].resetWindows() }
        copy.watermark = nil
        return copy
    }

    /// What the engine holds, for memory reporting: correlation groups and analytic entries.
    public var stateSize: (correlationGroups: Int, analyticEntries: Int, evictedGroups: Int) {
        (correlations.groupCount, analytics.reduce(0) { $0 + $1.stateSize }, correlations.evictedGroups.reduce(0, +))
    }
}

/// Alerts of one call, one per id, merged as an alert grows.
struct AlertCollector {
    private var order: [String] = []
    private var byId: [String: Alert] = [:]

    mutating func add(_ alert: Alert) {
        guard var existing = byId[alert.id] else {
            order.append(alert.id)
            byId[alert.id] = alert
            return
        }
        var seen = Set(existing.events)
        existing.events += alert.events.filter { seen.insert($0).inserted }
        if existing.events.count > 200 { existing.events = Array(existing.events.suffix(200)) }
        existing.firstSeen = min(existing.firstSeen, alert.firstSeen)
        existing.lastSeen = max(existing.lastSeen, alert.lastSeen)
        existing.severity = max(existing.severity, alert.severity)
        existing.why = alert.why
        byId[alert.id] = existing
    }

    var alerts: [Alert] { order.map { byId[$0]! } }
}
