import Foundation
import VigilEvent
import VigilSigma
import VigilStore

/// The alert list's filters (`GET /api/v1/alerts`, `/alerts`): minimum severity, status, rule, entity, time.
struct AlertFilter: Sendable {
    var minimumSeverity = 0
    var status: AlertStatus?
    var ruleId: String?
    var entity: String?
    var since: Timestamp?
    var limit = 100
    var form: [String: String]

    /// A user's alerts: those whose entity is `entity` (id or login).
    init(entity: String, limit: Int) {
        self.entity = entity
        self.limit = limit
        form = [:]
    }

    init(_ p: FormData) throws {
        form = p.fields
        if let severity = p.nonEmpty("severity") {
            guard let level = SigmaLevel(rawValue: severity.lowercased()) else {
                throw WebError.badRequest("severity must be one of \(SigmaLevel.allCases.map(\.rawValue).joined(separator: ", "))", field: "severity")
            }
            minimumSeverity = level.rank
        }
        if let status = p.nonEmpty("status") {
            guard let s = AlertStatus(rawValue: status) else {
                throw WebError.badRequest("status must be one of \(AlertStatus.allCases.map(\.rawValue).joined(separator: ", "))", field: "status")
            }
            self.status = s
        }
        ruleId = p.nonEmpty("rule")
        entity = p.nonEmpty("entity")
        since = try TimeParameter.parse(p, "since")
        if let text = p.nonEmpty("limit") {
            guard let n = Int(text), (1...1000).contains(n) else { throw WebError.badRequest("limit must be a number from 1 to 1000", field: "limit") }
            limit = n
        }
    }

    /// Matching alerts, newest first. Status, rule and entity are checked after reading, so more are read than shown.
    func run(_ store: EventStore, triage: (any AlertTriage)?) async throws -> [AlertSummary] {
        let narrowed = status != nil || ruleId != nil || entity != nil
        let records = try store.alerts(since: since, minimumSeverity: minimumSeverity, limit: narrowed ? 10_000 : limit)
            .filter { r in
                (ruleId == nil || r.ruleId == ruleId) &&
                (entity == nil || [r.entityId, r.entityAlternateId].contains { $0?.caseInsensitiveCompare(entity!) == .orderedSame })
            }
        let states = try await triage?.states(of: records.map(\.id)) ?? [:]
        return Array(records.map { AlertSummary($0, triage: states[$0.id]) }.filter { status == nil || $0.status == status?.rawValue }.prefix(limit))
    }
}
