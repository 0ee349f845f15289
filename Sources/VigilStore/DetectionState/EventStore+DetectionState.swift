import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Saves a detection engine's state under `name` (replacing what was saved), with the event time it reached.
    ///
    /// The state is stored zstd-compressed: at its caps it is megabytes of repetitive JSON, saved every half
    /// minute, and writing it whole held the writer (and every commit behind it) for tens of milliseconds and
    /// wrote gigabytes a day to the WAL. Compressed it is about a tenth, and compressing happens before the write.
    public func saveDetectionState(_ state: Data, name: String = "default", watermark: Timestamp?) throws {
        let state = try ZstdCodec(level: 1).compress(Array(state), dictionary: nil)
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
                (state: row["state"] as Data, watermark: (row["watermark"] as Int64?).map(Timestamp.init(millis:)))
            }
        }.map { saved in
            // States saved before compression are plain JSON; a zstd frame starts with its magic number.
            guard saved.state.starts(with: Self.zstdMagic) else { return saved }
            return (Data(try ZstdCodec().decompress(saved.state, dictionary: nil)), saved.watermark)
        }
    }

    private static let zstdMagic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    /// Forgets the state saved under `name` (after a rule change that makes it meaningless, or to start afresh).
    public func deleteDetectionState(name: String = "default") throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM detection_state WHERE name = ?", arguments: [name]) }
    }
}
