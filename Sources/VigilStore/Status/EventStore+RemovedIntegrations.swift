import GRDB
import VigilEvent

extension EventStore {
    /// Records that ingestion from `integration` stops: a running service stops its sources and answers its hooks
    /// with 404, and a restarted one does not start them. Events and alerts already stored stay.
    /// Returns false when it was removed already.
    @discardableResult
    public func removeIntegration(_ integration: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO removed_integration(id, removed) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                           arguments: [integration, Timestamp.now().millis])
            return db.changesCount > 0
        }
    }

    /// Undoes `removeIntegration`; returns false when it was not removed.
    @discardableResult
    public func restoreIntegration(_ integration: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM removed_integration WHERE id = ?", arguments: [integration])
            return db.changesCount > 0
        }
    }

    /// Removed integrations and when each was removed.
    public func removedIntegrations() throws -> [String: Timestamp] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, removed FROM removed_integration")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as String, Timestamp(millis: $0["removed"])) })
        }
    }
}
