import Foundation
import Hummingbird
import VigilEvent

extension WebApplication {
    var ruleRoutes: [APIRoute] {
        [
            APIRoute(method: .get, path: "/api/v1/rules", summary: "Detection rules with their switch, severity, examples and last alert",
                     tag: "rules", role: .viewer, response: "RuleList") { _ in
                .json(RuleList(rules: try ruleSummaries()))
            },
            APIRoute(method: .get, path: "/api/v1/rules/{id}", summary: "One detection rule", tag: "rules", role: .viewer,
                     response: "Rule") { call in
                .json(try ruleSummary(call.parameter("id")))
            },
            APIRoute(method: .patch, path: "/api/v1/rules/{id}", summary: "Enable or disable a rule", tag: "rules", role: .admin,
                     body: "RuleUpdate", response: "Rule") { call in
                let update = try call.json(RuleUpdate.self)
                return .json(try setRule(call.parameter("id"), enabled: update.enabled, call))
            },
            APIRoute(method: .post, path: "/api/v1/rules/{id}/test", summary: "Test a rule against a posted System Log event",
                     tag: "rules", role: .viewer, body: "LogEvent", response: "RuleTestResult") { call in
                .json(try testRule(call.parameter("id"), event: Array(call.body.readableBytesView)))
            },
        ]
    }

    struct RuleList: Codable { var rules: [RuleSummary] }
    struct RuleUpdate: Codable { var enabled: Bool }

    func ruleSummaries() throws -> [RuleSummary] {
        let settings = try store.ruleSettings(), fired = try store.ruleLastFired()
        return zip(ruleSet.rules, ruleSet.files).map { RuleSummary($0, file: $1, settings: settings, lastFired: fired, report: exampleReports[$0.id]) }
    }

    func ruleSummary(_ id: String) throws -> RuleSummary {
        guard let rule = try ruleSummaries().first(where: { $0.id == id }) else { throw WebError.notFound("no rule '\(id)'") }
        return rule
    }

    func setRule(_ id: String, enabled: Bool, _ call: WebCall) throws -> RuleSummary {
        guard let rule = ruleSet.rules.first(where: { $0.id == id }) else { throw WebError.notFound("no rule '\(id)'") }
        if enabled && !rule.isEnabled {
            throw WebError(.conflict, "rule '\(id)' has status '\(rule.rule.status ?? "")' in its file: change the file to enable it", field: "enabled")
        }
        try store.setRule(id, enabled: enabled, by: call.identity.username)
        try call.audit(store, enabled ? "rule.enable" : "rule.disable", target: "rule:\(id)")
        return try ruleSummary(id)
    }

    func testRule(_ id: String, event bytes: [UInt8]) throws -> RuleTestResult {
        guard let rule = ruleSet.rules.first(where: { $0.id == id }) else { throw WebError.notFound("no rule '\(id)'") }
        guard !bytes.isEmpty else { throw WebError.badRequest("post one System Log event (a JSON object) to test the rule against") }
        let event: OktaEvent
        do {
            event = try OktaEvent(raw: bytes, plan: ruleSet.plan)
        } catch {
            throw WebError.badRequest("the body is not a System Log event: \(error.reason)")
        }
        let matched = rule.compiled.matches(event)
        return RuleTestResult(ruleId: id, matched: matched, explanation: matched ? rule.compiled.explain(event) : "",
                              eventType: event.eventType, uuid: event.uuid)
    }
}
