import GRDB
import VigilEvent

/// What a retention pass removed.
public struct RetentionResult: Sendable {
    public var deletedEvents = 0
    public var droppedPartitions = 0
}

extension EventStore {
    /// Removes events published before `cutoff` (default: now minus `configuration.retentionDays`).
    ///
    /// Deletes in small transactions so that ingestion, which needs the same single writer, waits at most
    /// one short batch; full-text partitions of days entirely before the cutoff are dropped whole.
    @discardableResult
    public func enforceRetention(before cutoff: Timestamp? = nil, batchSize: Int = 5_000) throws -> RetentionResult {
        let cutoff = cutoff ?? Timestamp.now().adding(seconds: -Double(configuration.retentionDays) * 86_400)
        var result = RetentionResult()
        while true {
            let deleted = try pool.write { db in
                try db.execute(sql: "DELETE FROM event WHERE id IN (SELECT id FROM event WHERE published < ? LIMIT ?)",
                               arguments: [cutoff.millis, batchSize])
                return db.changesCount
            }
            result.deletedEvents += deleted
            if deleted < batchSize { break }
        }
        let lastWholeDay = FTSPartition.day(ofMillis: cutoff.millis) - 1
        try writer.withLock { state in
            try pool.write { db in
                let old = try Row.fetchAll(db, sql: "SELECT day, name FROM fts_partition WHERE day <= ?", arguments: [lastWholeDay])
                for row in old {
                    // Release the cached insert first: a table with a prepared statement on it cannot be dropped.
                    state.dropped(day: row["day"])
                    try db.execute(sql: "DROP TABLE IF EXISTS \(row["name"] as String)")
                    try db.execute(sql: "DELETE FROM fts_partition WHERE day = ?", arguments: [row["day"] as Int64])
                }
                result.droppedPartitions = old.count
            }
        }
        return result
    }
}
