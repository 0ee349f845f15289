import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Stores alerts, grouping them: an alert whose rule and entity already have an open alert (new or
    /// acknowledged) whose evidence lies within the rule's suppression window adds its evidence to that alert;
    /// otherwise it opens a new one. An alert stored before (same id) only adds evidence it did not have. Closed
    /// alerts never take new evidence: the rule firing again opens a new alert. All in one transaction.
    @discardableResult
    public func save(alerts: [AlertRecord], grouping: AlertGrouping = AlertGrouping()) throws -> AlertSaveResult {
        guard !alerts.isEmpty else { return AlertSaveResult() }
        let now = Timestamp.now()
        return try pool.write { db in
            var result = AlertSaveResult()
            for alert in alerts {
                result.outcomes.append(try Self.save(alert, grouping: grouping, now: now, db))
            }
            return result
        }
    }

    // Statements are cached: detection saves alerts batch after batch, and preparing a statement (GRDB's
    // authorizer sees every column it reads) cost more than running it.
    private static func save(_ a: AlertRecord, grouping: AlertGrouping, now: Timestamp, _ db: Database) throws -> AlertSaveResult.Outcome {
        let columns = "id, severity, first_seen, last_seen, status, document"
        var id = a.id
        if let same = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(columns) FROM alert WHERE id = ?"), arguments: [a.id]) {
            let status = AlertStatus(rawValue: same["status"]) ?? .new
            if status.isOpen || a.evidence.allSatisfy({ (try? hasEvidence(a.id, $0, db)) ?? false }) {
                let merged = try merge(a, into: same, now: now, db)
                return .init(incomingId: a.id, alertId: a.id, kind: merged.changed ? .updated : .unchanged, escalatedFrom: merged.escalatedFrom)
            }
            // The same id on a closed alert with new evidence: the rule fired again, so a new alert opens.
            id = try freshId(after: a.id, db)
        } else if let covering = try coveringAlert(a, db) {
            // Evidence an alert of this rule already holds, under another id: the hourly re-evaluation finding
            // again what near-time detection grouped into it, or what an analyst has since closed. Nothing new.
            return .init(incomingId: a.id, alertId: covering, kind: .unchanged, escalatedFrom: nil)
        }
        let window = grouping.window(rule: a.ruleId) * 1000
        if let open = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(columns) FROM alert
            WHERE rule_id = ? AND entity_type IS ? AND entity_id IS ? AND status IN ('new', 'acknowledged')
              AND last_seen >= ? AND first_seen <= ?
            ORDER BY last_seen DESC LIMIT 1
            """), arguments: [a.ruleId, a.entityType, a.entityId, a.firstSeen.millis - Int64(window), a.lastSeen.millis + Int64(window)]) {
            let openId: String = open["id"]
            let merged = try merge(a, into: open, now: now, db)
            return .init(incomingId: a.id, alertId: openId, kind: merged.changed ? .updated : .unchanged, escalatedFrom: merged.escalatedFrom)
        }
        try db.cachedStatement(sql: """
            INSERT INTO alert(id, rule_id, rule_title, severity, title, entity_type, entity_id, entity_alternate_id,
                              first_seen, last_seen, status, created, updated, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)
            """).execute(arguments: [id, a.ruleId, a.ruleTitle, a.severity, a.title, a.entityType, a.entityId, a.entityAlternateId,
                                      a.firstSeen.millis, a.lastSeen.millis, now.millis, now.millis, a.document])
        _ = try addEvidence(a.evidence, to: id, db)
        try record(AlertChange(at: now, actor: AlertChange.system, field: "status", from: nil, to: AlertStatus.new.rawValue), alert: id, db)
        return .init(incomingId: a.id, alertId: id, kind: .opened, escalatedFrom: nil)
    }

    /// Adds `a`'s evidence, span and severity to the stored alert `row`: whether anything changed, and the severity
    /// it had when `a` raised it.
    private static func merge(_ a: AlertRecord, into row: Row, now: Timestamp, _ db: Database) throws -> (changed: Bool, escalatedFrom: Int?) {
        let id: String = row["id"]
        let before = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM alert_event WHERE alert_id = ?"), arguments: [id]) ?? 0
        let added = try addEvidence(a.evidence, to: id, db)
        let oldSeverity: Int = row["severity"]
        let severity = max(oldSeverity, a.severity)
        let first = min(Timestamp(millis: row["first_seen"]), a.firstSeen), last = max(Timestamp(millis: row["last_seen"]), a.lastSeen)
        guard !added.isEmpty || severity != oldSeverity || first.millis != row["first_seen"] || last.millis != row["last_seen"] else {
            return (false, nil)
        }
        let document = AlertDocument.merged(row["document"], newEvents: added, firstSeen: first, lastSeen: last, severity: severity)
        try db.cachedStatement(sql: "UPDATE alert SET severity = ?, first_seen = ?, last_seen = ?, updated = ?, document = ? WHERE id = ?")
            .execute(arguments: [severity, first.millis, last.millis, now.millis, document, id])
        if !added.isEmpty {
            try recordEvidence(from: before, to: before + added.count, alert: id, at: now, db)
        }
        if severity != oldSeverity {
            try record(AlertChange(at: now, actor: AlertChange.system, field: "severity", from: AlertDocument.severityNames[oldSeverity],
                                   to: AlertDocument.severityNames[severity]), alert: id, db)
        }
        return (true, severity > oldSeverity ? oldSeverity : nil)
    }

    /// Grouping can add evidence to an alert thousands of times (a password spray); consecutive additions, with no
    /// other change between them, read as one entry ("evidence: 1 → 500") dated at the latest.
    private static func recordEvidence(from before: Int, to after: Int, alert id: String, at now: Timestamp, _ db: Database) throws {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, actor, field FROM alert_history WHERE alert_id = ? ORDER BY id DESC LIMIT 1"),
                                    arguments: [id])
        if let last, last["field"] == "evidence", last["actor"] == AlertChange.system {
            try db.cachedStatement(sql: "UPDATE alert_history SET new_value = ?, at = ? WHERE id = ?")
                .execute(arguments: [String(after), now.millis, last["id"] as Int64])
        } else {
            try record(AlertChange(at: now, actor: AlertChange.system, field: "evidence", from: String(before), to: String(after)), alert: id, db)
        }
    }

    /// The uuids among `uuids` the alert did not have yet, now recorded.
    private static func addEvidence(_ uuids: [String], to id: String, _ db: Database) throws -> [String] {
        var added: [String] = []
        for uuid in uuids {
            try db.cachedStatement(sql: "INSERT INTO alert_event(alert_id, event_uuid) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .execute(arguments: [id, EventKey(uuid: uuid).databaseValue])
            if db.changesCount > 0 { added.append(uuid) }
        }
        return added
    }

    /// An alert of `a`'s rule and entity, at least as severe, that holds all of `a`'s evidence. Looked up with
    /// cached statements, candidate by candidate: an `IN` list as long as the evidence made a new statement to
    /// prepare for every alert, which cost more than the lookups (a rule and entity rarely have many alerts, and
    /// a candidate is dropped at its first missing event).
    private static func coveringAlert(_ a: AlertRecord, _ db: Database) throws -> String? {
        let evidence = Set(a.evidence)
        guard !evidence.isEmpty else { return nil }
        let candidates = try String.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM alert WHERE rule_id = ? AND entity_type IS ? AND entity_id IS ? AND severity >= ?
            """), arguments: [a.ruleId, a.entityType, a.entityId, a.severity])
        return try candidates.first { id in try evidence.allSatisfy { try hasEvidence(id, $0, db) } }
    }

    private static func hasEvidence(_ id: String, _ uuid: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM alert_event WHERE alert_id = ? AND event_uuid = ?"),
                          arguments: [id, EventKey(uuid: uuid).databaseValue]) ?? false
    }

    /// `id-2`, `id-3` ...: the first of these not taken.
    private static func freshId(after id: String, _ db: Database) throws -> String {
        var n = 2
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM alert WHERE id = ?", arguments: ["\(id)-\(n)"]) ?? false { n += 1 }
        return "\(id)-\(n)"
    }

    static func record(_ change: AlertChange, alert id: String, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO alert_history(alert_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [id, change.at.millis, change.actor, change.field, change.from, change.to])
    }
}
