import GRDB
import VigilEvent

extension EventStore {
    /// Records a successful inventory sync that started at `started` and changed `changes`.
    public func recordInventorySuccess(integration: String, started: Timestamp, changes: String) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO inventory_status(integration, last_attempt, last_success, last_changes, failures) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT(integration) DO UPDATE SET last_attempt = excluded.last_attempt, last_success = excluded.last_success,
                    last_changes = excluded.last_changes, failures = 0
                """, arguments: [integration, started.millis, started.millis, changes])
        }
    }

    /// Records a failed inventory sync; the last success and its changes stay.
    public func recordInventoryFailure(integration: String, started: Timestamp, error: String, at time: Timestamp = .now()) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO inventory_status(integration, last_attempt, last_error, last_error_at, failures) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT(integration) DO UPDATE SET last_attempt = excluded.last_attempt, last_error = excluded.last_error,
                    last_error_at = excluded.last_error_at, failures = failures + 1
                """, arguments: [integration, started.millis, error, time.millis])
        }
    }

    /// Every integration's inventory sync status, by integration.
    public func inventoryStatus() throws -> [InventoryStatusRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM inventory_status ORDER BY integration").map { row in
                InventoryStatusRecord(
                    integration: row["integration"], lastAttempt: Timestamp(millis: row["last_attempt"]),
                    lastSuccess: (row["last_success"] as Int64?).map(Timestamp.init(millis:)), lastChanges: row["last_changes"],
                    lastError: row["last_error"], lastErrorAt: (row["last_error_at"] as Int64?).map(Timestamp.init(millis:)),
                    failures: row["failures"])
            }
        }
    }
}
