import GRDB

extension StoreSchema {
    /// Alerts analysts work with (assignee, history of every change, open alerts found by rule and entity) and the
    /// notification tables (a log of every delivery attempt, alerts waiting for a channel's digest).
    static func registerAlertLifecycle(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: alert lifecycle, history, notification deliveries") { db in
            try db.execute(sql: """
                ALTER TABLE alert ADD COLUMN assignee TEXT;
                -- Grouping looks for the open alert of a rule and entity; closed alerts never take new evidence.
                CREATE INDEX alert_open ON alert(rule_id, entity_type, entity_id, last_seen)
                    WHERE status IN ('new', 'acknowledged');
                CREATE INDEX alert_status ON alert(status, last_seen);
                CREATE TABLE alert_history (
                    id INTEGER PRIMARY KEY,
                    alert_id TEXT NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    field TEXT NOT NULL,
                    old_value TEXT,
                    new_value TEXT
                );
                CREATE INDEX alert_history_alert ON alert_history(alert_id, id);
                CREATE TABLE notification_delivery (
                    id INTEGER PRIMARY KEY,
                    channel TEXT NOT NULL,
                    alert_id TEXT,
                    attempt INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    error TEXT,
                    at INTEGER NOT NULL
                );
                CREATE INDEX notification_delivery_alert ON notification_delivery(alert_id, id);
                CREATE INDEX notification_delivery_at ON notification_delivery(at);
                CREATE TABLE notification_digest (
                    channel TEXT NOT NULL,
                    alert_id TEXT NOT NULL,
                    queued INTEGER NOT NULL,
                    document TEXT NOT NULL,
                    PRIMARY KEY (channel, alert_id)
                ) WITHOUT ROWID;
                """)
            // Alerts stored before the lifecycle existed get an "opened" entry, so every alert has a history.
            try db.execute(sql: """
                INSERT INTO alert_history(alert_id, at, actor, field, old_value, new_value)
                SELECT id, created, 'vigil', 'status', NULL, status FROM alert
                """)
        }
    }
}
