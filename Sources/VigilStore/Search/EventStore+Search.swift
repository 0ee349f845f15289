import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Events matching `query`, newest first (by `published`, then by storage order).
    public func search(_ query: EventQuery) throws -> [StoredEvent] {
        let limit = max(1, min(query.limit, 10_000))
        return try pool.read { db in
            var filter = try Self.filters(query, db)
            guard !filter.impossible else { return [] }
            let rows: [Row]
            if let text = query.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let match = FTSQuery.make(text) else { return [] }
                rows = try Self.searchPartitions(match: match, filter: &filter, query: query, limit: limit, db)
            } else if let session = filter.session {
                rows = try Self.searchSession(session, filter: filter, limit: limit, db)
            } else if let index = filter.hourIndex {
                rows = try Self.searchHours(index: index, filter: filter, query: query, limit: limit, db)
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw FROM event e JOIN term t ON t.id = e.type
                    WHERE \(filter.sql) ORDER BY e.published DESC, e.id DESC LIMIT \(limit)
                    """, arguments: StatementArguments(filter.arguments))
            }
            let codec = ZstdCodec()
            return try rows.map { try decode($0, codec) }
        }
    }

    /// Walks the day partitions from the newest, stopping once `limit` results are found.
    private static func searchPartitions(match: String, filter: inout Filter, query: EventQuery, limit: Int,
                                         _ db: Database) throws -> [Row] {
        var sql = "SELECT day, name FROM fts_partition"
        var conditions: [String] = [], arguments: [DatabaseValueConvertible] = []
        if let since = query.since { conditions.append("day >= ?"); arguments.append(FTSPartition.day(ofMillis: since.millis)) }
        let upper = [query.until?.millis, query.after?.published].compactMap { $0 }.min()
        if let upper { conditions.append("day <= ?"); arguments.append(FTSPartition.day(ofMillis: upper)) }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY day DESC"
        let partitions = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        var rows: [Row] = []
        for partition in partitions where rows.count < limit {
            let name: String = partition["name"]
            rows += try Row.fetchAll(db, sql: """
                SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw FROM event e JOIN term t ON t.id = e.type
                WHERE e.id IN (SELECT rowid FROM \(name) WHERE \(name) MATCH ?) AND \(filter.sql)
                ORDER BY e.published DESC, e.id DESC LIMIT \(limit - rows.count)
                """, arguments: StatementArguments([match] + filter.arguments))
        }
        return rows
    }

    /// Walks the hours from the newest, a day of them per query, stopping once `limit` results are found: an actor
    /// or IP is found through indexes that lead with the hour (see `HourBucket`).
    private static func searchHours(index: String, filter: Filter, query: EventQuery, limit: Int, _ db: Database) throws -> [Row] {
        let upper = [query.until?.millis, query.after?.published].compactMap { $0 }.min()
        guard let hours = try HourBucket.range(since: query.since?.millis, until: upper, db) else { return [] }
        var rows: [Row] = []
        var newest = hours.upperBound
        while rows.count < limit && newest >= hours.lowerBound {
            let oldest = max(hours.lowerBound, newest - 23)
            rows += try Row.fetchAll(db, sql: """
                \(HourBucket.countdown)
                SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw FROM hour CROSS JOIN event e INDEXED BY \(index)
                JOIN term t ON t.id = e.type WHERE \(HourBucket.condition) AND \(filter.sql)
                ORDER BY e.published DESC, e.id DESC LIMIT \(limit - rows.count)
                """, arguments: StatementArguments([newest, oldest] + filter.arguments))
            newest = oldest - 1
        }
        return rows
    }

    /// A session's events, read through its two partial indexes (each spelled as its index's condition, so that
    /// SQLite can use it) before any other filter: without statistics SQLite would rather take an index on type
    /// or outcome, which holds far more events than a session.
    private static func searchSession(_ session: Int64, filter: Filter, limit: Int, _ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw
            FROM (SELECT id FROM event WHERE session = \(session)
                  UNION ALL SELECT id FROM event WHERE root_session = \(session) AND root_session IS NOT session) s
            CROSS JOIN event e ON e.id = s.id JOIN term t ON t.id = e.type
            WHERE \(filter.sql) ORDER BY e.published DESC, e.id DESC LIMIT \(limit)
            """, arguments: StatementArguments(filter.arguments))
    }

    struct Filter {
        var clauses: [String] = []
        var arguments: [DatabaseValueConvertible] = []
        /// A filter value that names nothing stored (an unknown user, type or IP) matches no event.
        var impossible = false
        /// The hour-led index for the actor or IP asked for, if any. Named, because without statistics SQLite
        /// would rather take the event-type index, which is no narrower than the hour.
        var hourIndex: String?
        /// The session asked for, if any: its events are few, so they are read first, through the session indexes.
        var session: Int64?
        var sql: String { clauses.isEmpty ? "1" : clauses.joined(separator: " AND ") }
    }

    static func filters(_ query: EventQuery, _ db: Database) throws -> Filter {
        var f = Filter()
        if let since = query.since { f.clauses.append("e.published >= ?"); f.arguments.append(since.millis) }
        if let until = query.until { f.clauses.append("e.published <= ?"); f.arguments.append(until.millis) }
        if let after = query.after {
            f.clauses.append("(e.published < ? OR (e.published = ? AND e.id < ?))")
            f.arguments += [after.published, after.published, after.id]
        }
        func terms(_ kind: TermKind, _ values: [String], column: String) throws {
            guard !values.isEmpty else { return }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM term WHERE kind = ? AND value IN (\(values.map { _ in "?" }.joined(separator: ",")))",
                                         arguments: StatementArguments([kind.rawValue] + values))
            if ids.isEmpty { f.impossible = true; return }
            f.clauses.append("\(column) IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        try terms(.eventType, query.eventTypes, column: "e.type")
        try terms(.ip, query.ip.map { [$0] } ?? [], column: "e.ip")
        if query.ip != nil { f.hourIndex = HourBucket.ipIndex }
        if let outcome = query.outcome?.uppercased() {
            try terms(.outcome, [outcome], column: "e.outcome")
            if !StoreSchema.commonOutcomes.contains(outcome) { f.clauses.append(try StoreSchema.uncommonOutcome(column: "e.outcome", db)) }
        }
        if let user = query.user {
            let ids = try principalIds(matching: user, db)
            if ids.isEmpty { f.impossible = true } else { f.clauses.append("e.actor IN (\(ids.map(String.init).joined(separator: ",")))") }
            f.hourIndex = HourBucket.actorIndex
        }
        if let session = query.session {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE kind = ? AND value = ?", arguments: [TermKind.session.rawValue, session]) {
                f.clauses.append("(e.session = \(id) OR (e.root_session = \(id) AND e.root_session IS NOT e.session))")
                f.session = id
            } else {
                f.impossible = true
            }
        }
        return f
    }

    static func principalIds(matching user: String, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM principal WHERE okta_id = ? OR alternate_id = ?", arguments: [user, user])
    }

    func decode(_ row: Row, _ codec: ZstdCodec) throws -> StoredEvent {
        StoredEvent(
            id: row["id"],
            uuid: EventKey.uuid(row["uuid"]),
            published: Timestamp(millis: row["published"]),
            eventType: row["type"],
            raw: try codec.decompress(row["raw"], dictionary: dictionary(row["zdict"])))
    }

    /// One event by uuid.
    public func event(uuid: String) throws -> StoredEvent? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw FROM event e JOIN term t ON t.id = e.type WHERE e.uuid = ?
                """, arguments: [EventKey(uuid: uuid).databaseValue])
        }.map { try decode($0, ZstdCodec()) }
    }

    /// How many events are stored.
    public func eventCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0 }
    }
}
