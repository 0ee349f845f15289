import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Saves a detection engine's state under `name` (replacing what was saved), with the event time it reached.
    public func saveDetectionState(_ state: Data, name: String = "default", watermark: Timestamp?) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO detection_state(name, state, watermark, updated) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET state = excluded.state, watermark = excluded.watermark, updated = excluded.updated
                """, arguments: [name, state, watermark?.millis, Timestamp.now().millis])
        }
    }

    /// The state saved under `name`, if any, with the event time it had reached.
    public func detectionState(name: String = "default") throws -> (state: Data, watermark: Timestamp?)? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT state, watermark FROM detection_state WHERE name = ?", arguments: [name]).map { row in
                (row["state"] as Data, (row["watermark"] as Int64?).map(Timestamp.init(millis:)))
            }
        }
    }

    /// Forgets the state saved under `name` (after a rule change that makes it meaningless, or to start afresh).
    public func deleteDetectionState(name: String = "default") throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM detection_state WHERE name = ?", arguments: [name]) }
    }
}
