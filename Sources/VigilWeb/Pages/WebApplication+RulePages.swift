import Foundation
import Hummingbird
import VigilDetect
import VigilEvent

extension WebApplication {
    func addRulePages(to router: Router<WebRequestContext>) {
        add(router, .get, "/rules", .page, role: .viewer) { call in
            let rules = try ruleSummaries()
            return views.page("rules", title: "Rules", nav: "/rules", identity: call.identity,
                              model: ["rules": rules, "enabledCount": rules.filter(\.enabled).count, "total": rules.count] as [String: Any])
        }
        add(router, .get, "/rules/{id}", .page, role: .viewer) { call in
            try rulePage(call.parameter("id"), call, test: nil, testedEvent: nil)
        }
        add(router, .post, "/rules/{id}/enabled", .page, role: .admin) { call in
            let id = try call.parameter("id")
            _ = try setRule(id, enabled: call.form["enabled"] == "true", call)
            return .redirect(to: call.form["back"] == "list" ? "/rules" : "/rules/" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-"))) ?? id))
        }
        add(router, .post, "/rules/{id}/test", .page, role: .viewer) { call in
            let id = try call.parameter("id")
            let event = call.form["event"] ?? ""
            do {
                return try rulePage(id, call, test: .success(testRule(id, event: Array(event.utf8))), testedEvent: event)
            } catch let error as WebError where error.status == .badRequest {
                return try rulePage(id, call, test: .failure(error), testedEvent: event)
            }
        }
    }

    private func rulePage(_ id: String, _ call: WebCall, test: Result<RuleTestResult, WebError>?, testedEvent: String?) throws -> Response {
        let summary = try ruleSummary(id)
        let examples = ruleExamples(id)
        return views.page("rule", title: summary.title, nav: "/rules", identity: call.identity, model: RuleModel(
            rule: summary, match: examples.match, nomatch: examples.nomatch,
            testResult: try? test?.get(), testError: test.flatMap { if case .failure(let e) = $0 { e.message } else { nil } },
            testedEvent: testedEvent ?? examples.match.first ?? ""))
    }

    /// The rule's example events, indented, from `<rule file>.examples.json` beside the rule.
    private func ruleExamples(_ id: String) -> (match: [String], nomatch: [String]) {
        guard let index = ruleSet.rules.firstIndex(where: { $0.id == id }) else { return ([], []) }
        let url = ruleSet.files[index].deletingPathExtension().appendingPathExtension("examples.json")
        guard let examples = try? RuleExamples(contentsOf: url) else { return ([], []) }
        func pretty(_ raw: [UInt8]) -> String { (try? JSONValue(json: raw).jsonText(pretty: true)) ?? String(decoding: raw, as: UTF8.self) }
        return (examples.match.map(pretty), examples.nomatch.map(pretty))
    }

    struct RuleModel {
        var rule: RuleSummary
        var match: [String]
        var nomatch: [String]
        var testResult: RuleTestResult?
        var testError: String?
        var testedEvent: String
    }
}
