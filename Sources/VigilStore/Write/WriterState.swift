import GRDB

/// What the single writer remembers between batches: ids of terms and principals already in the database,
/// the FTS partitions that exist, and samples for the compression dictionary.
///
/// Caches mirror committed rows only: a failed transaction clears them (`reset()`), because ids handed out
/// inside a rolled-back transaction do not exist.
struct WriterState: ~Copyable {
    var terms: [[String: Int64]] = Array(repeating: [:], count: TermKind.allCases.count + 1)
    /// How many ids of one kind of term are remembered. Sessions and IPs keep coming for as long as Vigil runs, so
    /// the cache is emptied when full rather than growing without end; the ids of those still in use come back
    /// from the database on their next event.
    var termCacheCapacity = 32_768
    var principals: [String: Principal] = [:]
    var sources: [String: Int64] = [:]
    var partitions: Set<Int64> = []
    /// Prepared inserts into the FTS partitions used lately, by day (statements belong to the writer's
    /// connection, which outlives this state).
    var partitionInserts: [Int64: Statement] = [:]
    var partitionsLoaded = false
    var samples: [[UInt8]] = []
    var dictionaryTrained = false

    struct Principal {
        var id: Int64
        var alternateId: String?
        var displayName: String?
    }

    mutating func reset() {
        terms = Array(repeating: [:], count: TermKind.allCases.count + 1)
        principals = [:]
        sources = [:]
        partitions = []
        partitionInserts = [:]
        partitionsLoaded = false
    }

    mutating func termId(_ kind: TermKind, _ value: String, _ db: Database) throws -> Int64 {
        if let id = terms[kind.rawValue][value] { return id }
        let insert = SQLiteBinder(try db.cachedStatement(sql: "INSERT INTO term(kind, value) VALUES (?, ?) ON CONFLICT DO NOTHING"))
        insert.bind(1, Int64(kind.rawValue))
        insert.bind(2, text: value)
        // A new term (most are: a new IP, a new session) has just been given its id; only a known one that is not
        // cached yet needs the lookup.
        let id = try insert.step(db) ? db.lastInsertedRowID
            : try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM term WHERE kind = ? AND value = ?"), arguments: [kind.rawValue, value])!
        if terms[kind.rawValue].count >= termCacheCapacity { terms[kind.rawValue].removeAll(keepingCapacity: true) }
        terms[kind.rawValue][value] = id
        return id
    }

    mutating func sourceId(_ name: String, _ db: Database) throws -> Int64 {
        if let id = sources[name] { return id }
        try db.execute(sql: "INSERT INTO source(name) VALUES (?) ON CONFLICT DO NOTHING", arguments: [name])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE name = ?", arguments: [name])!
        sources[name] = id
        return id
    }

    /// The principal row for an actor, created on first sight and updated only when its names change (logins
    /// get renamed). First and last sight come from the event table's (actor, published) index instead, so
    /// that storing an event never rewrites its actor's row.
    mutating func principalId(_ actor: EncodedEvent.Actor, _ db: Database) throws -> Int64 {
        if let known = principals[actor.id], known.alternateId == actor.alternateId, known.displayName == actor.displayName {
            return known.id
        }
        try db.cachedStatement(sql: """
            INSERT INTO principal(okta_id, type, alternate_id, display_name) VALUES (?, ?, ?, ?)
            ON CONFLICT(okta_id) DO UPDATE SET alternate_id = excluded.alternate_id, display_name = excluded.display_name
            """).execute(arguments: [actor.id, actor.type, actor.alternateId, actor.displayName])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM principal WHERE okta_id = ?"), arguments: [actor.id])!
        principals[actor.id] = Principal(id: id, alternateId: actor.alternateId, displayName: actor.displayName)
        return id
    }

    /// The insert statement of the FTS table for a published day; the table is created on first use.
    mutating func partitionInsert(day: Int64, _ db: Database) throws -> Statement {
        if let statement = partitionInserts[day] { return statement }
        if !partitionsLoaded {
            partitions = Set(try Int64.fetchAll(db, sql: "SELECT day FROM fts_partition"))
            partitionsLoaded = true
        }
        if !partitions.contains(day) {
            try FTSPartition.create(day: day, db)
            partitions.insert(day)
        }
        if partitionInserts.count > 64 { partitionInserts = [:] }
        let statement = try db.makeStatement(sql: "INSERT INTO \(FTSPartition.tableName(day: day))(rowid, doc) VALUES (?, ?)")
        partitionInserts[day] = statement
        return statement
    }

    /// Forgets a dropped partition.
    mutating func dropped(day: Int64) {
        partitions.remove(day)
        partitionInserts[day] = nil
    }
}
