import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Records dead letters in one transaction; one already recorded (same source and upstream id) is skipped.
    /// Returns how many were new. When this returns, they are committed.
    @discardableResult
    public func saveDeadLetters(_ letters: [DeadLetter]) throws -> Int {
        guard !letters.isEmpty else { return 0 }
        return try pool.write { db in
            var added = 0
            for letter in letters {
                try db.cachedStatement(sql: """
                    INSERT INTO dead_letter(source, upstream_id, received, reason, body) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """).execute(arguments: [letter.source, letter.upstreamID, letter.received.millis, letter.reason, Data(letter.body)])
                added += db.changesCount
            }
            return added
        }
    }

    /// Records one dead letter; false when it was already recorded.
    @discardableResult
    public func saveDeadLetter(_ letter: DeadLetter) throws -> Bool {
        try saveDeadLetters([letter]) == 1
    }

    /// Dead letters, newest first, optionally of one source.
    public func deadLetters(source: String? = nil, limit: Int = 100) throws -> [DeadLetter] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM dead_letter WHERE (?1 IS NULL OR source = ?1) ORDER BY received DESC, id DESC LIMIT ?2
                """, arguments: [source, limit])
            return rows.map { row in
                DeadLetter(id: row["id"], source: row["source"], upstreamID: row["upstream_id"],
                           received: Timestamp(millis: row["received"]), reason: row["reason"], body: Array(row["body"] as Data))
            }
        }
    }

    /// How many dead letters there are, optionally of one source.
    public func deadLetterCount(source: String? = nil) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM dead_letter WHERE (?1 IS NULL OR source = ?1)", arguments: [source]) ?? 0
        }
    }
}
