import GRDB

/// The hours that lead the actor and IP indexes (`event_actor_hour`, `event_ip_hour`).
///
/// Keyed by (actor, published), every event of a batch from a different user lands on a different page of the
/// index, so each commit rewrote about one page per event, and the whole index in the end. Keyed by (hour of
/// publication, actor, published), a batch lands in the few pages of its own hour. A query for one actor or IP
/// then looks in each hour of its range: a seek per hour, which is cheap beside what it saves on every write.
enum HourBucket {
    static let millis: Int64 = 3_600_000
    static let actorIndex = "event_actor_hour"
    static let ipIndex = "event_ip_hour"

    /// The expression the indexes are built on (migration `v3` spells it out); a query must spell it the same way
    /// for SQLite to use them.
    static let expression = "e.published / \(millis)"

    /// The hour of `published`, as SQLite's integer division computes it.
    static func of(_ published: Int64) -> Int64 { published / millis }

    /// A common table `hour(b)` counting down from the first argument to the second, for a query to join the
    /// events of each hour with: `FROM hour CROSS JOIN event e WHERE \(condition)` (the cross join keeps the
    /// hours as the outer loop).
    static let countdown = "WITH RECURSIVE hour(b) AS (VALUES(?) UNION ALL SELECT b - 1 FROM hour WHERE b > ?)"

    /// Joins an event to its hour. The range on `published` (two hours wide, so that it holds whichever way
    /// integer division rounds a negative time) lets an index on (type, published) serve as well.
    static let condition = """
        \(expression) = hour.b AND e.published BETWEEN hour.b * \(millis) - \(millis - 1) AND hour.b * \(millis) + \(millis - 1)
        """

    /// The hours from the oldest to the newest stored event, narrowed to `[since, until]`; nil when none remain.
    static func range(since: Int64?, until: Int64?, _ db: Database) throws -> ClosedRange<Int64>? {
        // Two statements: SQLite answers a lone min() or max() from the index without a scan.
        guard let oldest = try Int64.fetchOne(db, sql: "SELECT min(published) FROM event"),
              let newest = try Int64.fetchOne(db, sql: "SELECT max(published) FROM event") else { return nil }
        let lower = of(max(oldest, since ?? .min)), upper = of(min(newest, until ?? .max))
        return lower <= upper ? lower...upper : nil
    }
}
