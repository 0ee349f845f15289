import Foundation
import Hummingbird

extension WebApplication {
    var alertRoutes: [APIRoute] {
        [
            APIRoute(method: .get, path: "/api/v1/alerts", summary: "List alerts, newest first", tag: "alerts", role: .viewer,
                     query: [
                        APIParameter(name: "severity", description: "Minimum severity: informational, low, medium, high, critical."),
                        APIParameter(name: "status", description: "new, acknowledged, resolved or false_positive."),
                        APIParameter(name: "rule", description: "A rule id."),
                        APIParameter(name: "entity", description: "The entity's Okta id or login."),
                        APIParameter(name: "since", description: "Last seen at or after: RFC 3339 or a span (24h)."),
                        APIParameter(name: "limit", description: "1–1000 (default 100).", type: "integer"),
                     ], response: "AlertList") { call in
                .json(AlertList(alerts: try await AlertFilter(call.query).run(store, triage: triage)))
            },
            APIRoute(method: .get, path: "/api/v1/alerts/{id}", summary: "One alert: why, evidence, entity, triage", tag: "alerts",
                     role: .viewer, response: "AlertDetail") { call in
                .json(try await alertDetail(call.parameter("id")))
            },
            APIRoute(method: .patch, path: "/api/v1/alerts/{id}", summary: "Triage an alert: status, assignee, note", tag: "alerts",
                     role: .analyst, body: "AlertUpdate", response: "AlertDetail") { call in
                let update = try call.json(AlertUpdate.self)
                return .json(try await updateAlert(call.parameter("id"), try update.change(), call))
            },
        ]
    }

    struct AlertList: Codable { var alerts: [AlertSummary] }

    /// The body of `PATCH /api/v1/alerts/{id}`.
    struct AlertUpdate: Codable {
        var status: String?
        var assignee: String?
        var note: String?

        func change() throws -> AlertChange {
            var change = AlertChange(assignee: assignee?.trimmingCharacters(in: .whitespaces), note: note?.trimmingCharacters(in: .whitespacesAndNewlines))
            if let status, !status.isEmpty {
                guard let s = AlertStatus(rawValue: status) else {
                    throw WebError.badRequest("status must be one of \(AlertStatus.allCases.map(\.rawValue).joined(separator: ", "))", field: "status")
                }
                change.status = s
            }
            if (note ?? "").count > 10_000 { throw WebError.badRequest("a note is at most 10000 characters", field: "note") }
            guard !change.isEmpty else { throw WebError.badRequest("nothing to change: give status, assignee or note") }
            return change
        }
    }

    func alertDetail(_ id: String) async throws -> AlertDetail {
        guard let record = try store.alert(id: id) else { throw WebError.notFound("no alert '\(id)'") }
        return try AlertDetail(record, triage: try await triage?.states(of: [id])[id], store: store)
    }

    func updateAlert(_ id: String, _ change: AlertChange, _ call: WebCall) async throws -> AlertDetail {
        guard let triage else { throw WebError(.serviceUnavailable, "alert triage is not configured on this server") }
        guard try store.alert(id: id) != nil else { throw WebError.notFound("no alert '\(id)'") }
        if let assignee = change.assignee, !assignee.isEmpty, try store.account(username: assignee) == nil {
            throw WebError.badRequest("no Vigil account named '\(assignee)' to assign to", field: "assignee")
        }
        _ = try await triage.update(alertId: id, change: change, actor: call.identity.username)
        let what = [change.status.map { "status=\($0.rawValue)" }, change.assignee.map { "assignee=\($0)" },
                    change.note.flatMap { $0.isEmpty ? nil : "note" }].compactMap { $0 }.joined(separator: " ")
        try call.audit(store, "alert.update", target: "alert:\(id)", detail: what)
        return try await alertDetail(id)
    }
}

