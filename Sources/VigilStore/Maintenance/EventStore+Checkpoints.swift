import GRDB
import VigilEvent

extension EventStore {
    /// The saved value of a checkpoint (a source's cursor), if any.
    public func checkpoint(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM checkpoint WHERE name = ?", arguments: [name]) }
    }

    /// Saves a checkpoint on its own. Sources that store events save it with them instead (`insert(_:source:checkpoint:)`).
    public func setCheckpoint(_ name: String, _ value: String) throws {
        try pool.write { db in try Self.saveCheckpoint(name, value, db) }
    }

    static func saveCheckpoint(_ name: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO checkpoint(name, value, updated) VALUES (?, ?, ?)
            ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated = excluded.updated
            """, arguments: [name, value, Timestamp.now().millis])
    }
}
