import GRDB
import VigilEvent

extension EventStore {
    /// Rules switched on or off in the UI, by rule id (rules not listed keep their file's setting).
    public func ruleSettings() throws -> [String: Bool] {
        try pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rule_id, enabled FROM rule_setting").map {
                ($0["rule_id"] as String, $0["enabled"] as Bool)
            })
        }
    }

    public func setRule(_ ruleId: String, enabled: Bool, by actor: String) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO rule_setting(rule_id, enabled, updated, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT(rule_id) DO UPDATE SET enabled = excluded.enabled, updated = excluded.updated, updated_by = excluded.updated_by
                """, arguments: [ruleId, enabled, Timestamp.now().millis, actor])
        }
    }

    /// When each rule last raised an alert (its newest alert's `last_seen`), by rule id.
    public func ruleLastFired() throws -> [String: Timestamp] {
        try pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT rule_id, max(last_seen) AS t FROM alert GROUP BY rule_id").map {
                ($0["rule_id"] as String, Timestamp(millis: $0["t"]))
            })
        }
    }
}
