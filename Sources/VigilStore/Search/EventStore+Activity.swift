import GRDB
import VigilEvent

/// One day of a user's activity, as the user page's activity table shows it.
public struct DayActivity: Sendable, Equatable {
    /// Start of the day (UTC).
    public var day: Timestamp
    public var events: Int
    public var failures: Int
    public var distinctIPs: Int
    public var sessions: Int
}

extension EventStore {
    /// A user's (as actor) events per day, newest day first. `user` is a login or an Okta id.
    public func activity(user: String, since: Timestamp? = nil, until: Timestamp? = nil) throws -> [DayActivity] {
        try pool.read { db in
            let ids = try Self.principalIds(matching: user, db)
            guard !ids.isEmpty else { return [] }
            let failure = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE kind = ? AND value = 'FAILURE'",
                                             arguments: [TermKind.outcome.rawValue]) ?? -1
            guard let hours = try HourBucket.range(since: since?.millis, until: until?.millis, db) else { return [] }
            let rows = try Row.fetchAll(db, sql: """
                \(HourBucket.countdown)
                SELECT e.published / \(FTSPartition.millisPerDay) AS day, count(*) AS events, sum(e.outcome = ?) AS failures,
                       count(DISTINCT e.ip) AS ips, count(DISTINCT e.session) AS sessions
                FROM hour CROSS JOIN event e INDEXED BY \(HourBucket.actorIndex)
                WHERE \(HourBucket.condition) AND e.actor IN (\(ids.map(String.init).joined(separator: ",")))
                      AND e.published >= ? AND e.published <= ?
                GROUP BY day ORDER BY day DESC
                """, arguments: [hours.upperBound, hours.lowerBound, failure, since?.millis ?? Int64.min, until?.millis ?? Int64.max])
            return rows.map {
                DayActivity(day: Timestamp(millis: ($0["day"] as Int64) * FTSPartition.millisPerDay), events: $0["events"],
                            failures: $0["failures"], distinctIPs: $0["ips"], sessions: $0["sessions"])
            }
        }
    }
}
