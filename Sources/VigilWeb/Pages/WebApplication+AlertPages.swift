import Foundation
import Hummingbird
import VigilSigma

extension WebApplication {
    func addAlertPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/alerts", .page, role: .viewer) { call in
            let filter = try AlertFilter(call.query)
            return views.page("alerts", title: "Alerts", nav: "/alerts", identity: call.identity, model: AlertsModel(
                alerts: try await filter.run(store, triage: triage),
                severities: Option.list(SigmaLevel.allCases.sorted().map(\.rawValue), selected: filter.form["severity"], any: "any severity"),
                statuses: Option.list(AlertStatus.allCases.map(\.rawValue), selected: filter.form["status"], any: "any status"),
                entity: filter.form["entity"] ?? "", rule: filter.form["rule"] ?? "", since: filter.form["since"] ?? ""))
        }
        add(router, .get, "/alerts/{id}", .page, role: .viewer) { call in
            try await alertPage(call.parameter("id"), call)
        }
        add(router, .post, "/alerts/{id}", .page, role: .analyst) { call in
            let id = try call.parameter("id")
            let form = call.form
            let update = AlertUpdate(status: form.nonEmpty("status"), assignee: form["assignee"], note: form.nonEmpty("note"))
            _ = try await updateAlert(id, try update.change(), call)
            return .redirect(to: "/alerts/\(id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id)")
        }
    }

    func alertPage(_ id: String, _ call: WebCall) async throws -> Response {
        let detail = try await alertDetail(id)
        return views.page("alert", title: detail.alert.title, nav: "/alerts", identity: call.identity, model: AlertModel(
            detail: detail, documentText: detail.document.jsonText(pretty: true),
            statuses: AlertStatus.allCases.map { Option(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: " "),
                                                        selected: $0 == detail.triage.status) },
            accounts: try store.accounts().map(\.username), triageAvailable: triage != nil))
    }

    struct AlertsModel {
        var alerts: [AlertSummary]
        var severities: [Option]
        var statuses: [Option]
        var entity: String
        var rule: String
        var since: String
    }

    struct AlertModel {
        var detail: AlertDetail
        var documentText: String
        var statuses: [Option]
        var accounts: [String]
        var triageAvailable: Bool
    }
}

