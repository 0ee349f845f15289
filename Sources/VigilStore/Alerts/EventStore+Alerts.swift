import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Creates or updates alerts (by id), adding evidence events to those already recorded.
    public func save(alerts: [AlertRecord]) throws {
        guard !alerts.isEmpty else { return }
        let now = Timestamp.now().millis
        try pool.write { db in
            for a in alerts {
                try db.cachedStatement(sql: """
                    INSERT INTO alert(id, rule_id, rule_title, severity, title, entity_type, entity_id, entity_alternate_id,
                                      first_seen, last_seen, status, created, updated, document)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET severity = max(severity, excluded.severity), title = excluded.title,
                        first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen),
                        updated = excluded.updated, document = excluded.document
                    """).execute(arguments: [a.id, a.ruleId, a.ruleTitle, a.severity, a.title, a.entityType, a.entityId,
                                             a.entityAlternateId, a.firstSeen.millis, a.lastSeen.millis, a.status, now, now, a.document])
                for uuid in a.evidence {
                    try db.cachedStatement(sql: "INSERT INTO alert_event(alert_id, event_uuid) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .execute(arguments: [a.id, EventKey(uuid: uuid).databaseValue])
                }
            }
        }
    }

    /// Alerts last seen at or after `since` with at least `minimumSeverity`, newest first (or most severe first).
    public func alerts(since: Timestamp? = nil, minimumSeverity: Int = 0, mostSevereFirst: Bool = false,
                       limit: Int = 100) throws -> [AlertRecord] {
        try pool.read { db in
            let order = mostSevereFirst ? "severity DESC, last_seen DESC" : "last_seen DESC"
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE last_seen >= ? AND severity >= ? ORDER BY \(order) LIMIT ?",
                                        arguments: [since?.millis ?? Int64.min, minimumSeverity, limit])
            return try rows.map { row in
                let evidence = try DatabaseValue.fetchAll(db, sql: "SELECT event_uuid FROM alert_event WHERE alert_id = ?", arguments: [row["id"] as String])
                return AlertRecord(
                    id: row["id"], ruleId: row["rule_id"], ruleTitle: row["rule_title"], severity: row["severity"], title: row["title"],
                    entityType: row["entity_type"], entityId: row["entity_id"], entityAlternateId: row["entity_alternate_id"],
                    firstSeen: Timestamp(millis: row["first_seen"]), lastSeen: Timestamp(millis: row["last_seen"]),
                    status: row["status"], document: row["document"], evidence: evidence.map(EventKey.uuid))
            }
        }
    }
}
