import GRDB
import VigilEvent

extension EventStore {
    /// One alert by id, with its evidence uuids, or nil.
    public func alertRecord(id: String) throws -> AlertRecord? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [id]) else { return nil }
            let evidence = try DatabaseValue.fetchAll(db, sql: "SELECT event_uuid FROM alert_event WHERE alert_id = ?", arguments: [id])
            return AlertRecord(
                id: row["id"], ruleId: row["rule_id"], ruleTitle: row["rule_title"], severity: row["severity"], title: row["title"],
                entityType: row["entity_type"], entityId: row["entity_id"], entityAlternateId: row["entity_alternate_id"],
                firstSeen: Timestamp(millis: row["first_seen"]), lastSeen: Timestamp(millis: row["last_seen"]),
                status: row["status"], document: row["document"], evidence: evidence.map(EventKey.uuid))
        }
    }
}
