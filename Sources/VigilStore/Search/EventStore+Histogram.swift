import GRDB
import VigilEvent

extension EventStore {
    /// Events per time bucket in `[since, until)`, oldest bucket first, empty buckets included (for charts).
    public func eventCounts(since: Timestamp, until: Timestamp, bucketMillis: Int64) throws -> [(start: Timestamp, count: Int)] {
        precondition(bucketMillis > 0)
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT (published - ?) / ? AS bucket, count(*) AS n FROM event WHERE published >= ? AND published < ? GROUP BY bucket
                """, arguments: [since.millis, bucketMillis, since.millis, until.millis])
        }
        let counts = Dictionary(uniqueKeysWithValues: rows.map { ($0["bucket"] as Int64, $0["n"] as Int) })
        let buckets = max(0, (until.millis - since.millis + bucketMillis - 1) / bucketMillis)
        return (0..<buckets).map { (Timestamp(millis: since.millis + $0 * bucketMillis), counts[$0] ?? 0) }
    }

    /// The newest event's `published` time, if any.
    public func latestPublished() throws -> Timestamp? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(published) FROM event") }.map(Timestamp.init(millis:))
    }
}
