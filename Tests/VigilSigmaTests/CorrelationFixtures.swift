import Foundation
import VigilEvent
@testable import VigilSigma

/// A multi-document YAML of base rules and correlations, compiled, with a driver that feeds events through the
/// rules into a `CorrelationEngine` as the detection engine does.
struct CorrelationHarness {
    let rules: [CompiledRule]
    let set: CorrelationSet
    var engine: CorrelationEngine
    let plan: FieldPlan
    var matches: [CorrelationMatch] = []
    private var sequence = 0

    init(_ yaml: String, limits: CorrelationEngine.Limits = .init()) throws {
        let file = try SigmaFile(yaml: yaml, file: "test.yml")
        let plan = FieldPlan.standard.extended(with: file.rules.flatMap(\.fieldPaths) + file.correlations.flatMap(\.fieldPaths))
        self.plan = plan
        rules = try file.rules.map { try CompiledRule($0, plan: plan) }
        set = try CorrelationSet(file.correlations, rules: file.rules, plan: plan)
        engine = CorrelationEngine(set: set, limits: limits)
    }

    /// A base rule document named `name` matching `eventType`.
    static func rule(_ name: String, eventType: String, result: String? = nil) -> String {
        """
        title: \(name)
        name: \(name)
        logsource: {product: okta, service: okta}
        detection:
            selection:
                eventType: \(eventType)\(result.map { "\n        outcome.result: \($0)" } ?? "")
            condition: selection
        """
    }

    /// Feeds an event at `minute` past 10:00 (a fresh uuid each time) and returns the matches it produced.
    @discardableResult
    mutating func feed(_ type: String, minute: Double, actor: String = "alice@example.com", ip: String = "203.0.113.9",
                       result: String = "FAILURE", target: String = "00u9") throws -> [CorrelationMatch] {
        sequence += 1
        let millis = Int64(1_790_000_000_000) + Int64(minute * 60_000)
        let json = """
            {"uuid":"00000000-0000-4000-8000-\(String(format: "%012d", sequence))","published":"\(Timestamp(millis: millis).iso8601)",\
            "eventType":"\(type)","actor":{"id":"id-\(actor)","alternateId":"\(actor)"},"client":{"ipAddress":"\(ip)"},\
            "outcome":{"result":"\(result)"},"target":[{"id":"\(target)","type":"User"}]}
            """
        let event = try OktaEvent(raw: Array(json.utf8), plan: plan)
        var produced: [CorrelationMatch] = []
        for (i, rule) in rules.enumerated() where rule.matches(event) {
            engine.observe(rule: i, event: event) { produced.append($0) }
        }
        matches += produced
        return produced
    }

    mutating func advance(minute: Double) -> [CorrelationMatch] {
        var produced: [CorrelationMatch] = []
        engine.advance(to: Timestamp(millis: Int64(1_790_000_000_000) + Int64(minute * 60_000))) { produced.append($0) }
        matches += produced
        return produced
    }

    func title(_ match: CorrelationMatch) -> String { set.correlations[match.correlation].correlation.title }
}
