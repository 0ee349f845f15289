#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif
import Foundation
import GRDB
import VigilEvent

/// The outcome of storing a batch.
public struct InsertResult: Sendable {
    public var inserted = 0
    public var duplicates = 0
    /// Per input event: whether it was new. Detection runs on new events only, so duplicates delivered by a
    /// second path or a retry never raise a second alert.
    public var isNew: [Bool] = []
}

extension EventStore {
    /// Stores a batch in one transaction, with the source's checkpoint if given, so that a cursor is never
    /// ahead of the events it covers. When this returns, the batch is committed.
    @discardableResult
    public func insert(_ events: [EncodedEvent], source: String, checkpoint: (name: String, value: String)? = nil,
                       received: Timestamp = .now()) throws -> InsertResult {
        try insert(groups: [InsertGroup(events: events, source: source, checkpoint: checkpoint)], received: received)[0]
    }

    /// Stores several sources' batches, with their checkpoints, in one transaction (one fsync for all of them).
    /// Returns one result per group, in order. An event in two groups is stored once, as new in the first.
    @discardableResult
    public func insert(groups: [InsertGroup], received: Timestamp = .now()) throws -> [InsertResult] {
        try writer.withLock { state in
            do {
                let results = try pool.write { db in
                    try groups.map { group in
                        let result = try Self.insertRows(group.events, source: group.source, received: received.millis, state: &state, db)
                        if let checkpoint = group.checkpoint { try Self.saveCheckpoint(checkpoint.name, checkpoint.value, db) }
                        return result
                    }
                }
                for group in groups { try trainDictionaryIfReady(&state, adding: group.events) }
                return results
            } catch {
                state.reset()
                throw error
            }
        }
    }

    /// Encodes and stores in one call, for callers that do not pipeline.
    @discardableResult
    public func insert(_ events: [OktaEvent], source: String, checkpoint: (name: String, value: String)? = nil) throws -> InsertResult {
        try insert(encode(events), source: source, checkpoint: checkpoint)
    }

    private static func insertRows(_ events: [EncodedEvent], source: String, received: Int64,
                                   state: inout WriterState, _ db: Database) throws -> InsertResult {
        let sourceId = try state.sourceId(source, db)
        let insertEvent = try db.cachedStatement(sql: """
            INSERT INTO event(uuid, published, received, type, outcome, actor, ip, session, root_session, source, zdict, raw)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING
            """)
        var result = InsertResult()
        result.isNew.reserveCapacity(events.count)
        // Through a pointer, so that each event's fields are read in place rather than the whole event copied
        // (a retain and release of each of its strings and buffers). The next event is fetched into the cache
        // meanwhile (see `EncodedEvent.prefetch`).
        try events.withUnsafeBufferPointer { events in
            for i in events.indices {
                if i + 1 < events.count { EncodedEvent.prefetch(events.baseAddress! + i + 1) }
                let isNew = try insertRow(events.baseAddress! + i, sourceId: sourceId, received: received, statement: insertEvent, state: &state, db)
                if isNew { result.inserted += 1 } else { result.duplicates += 1 }
                result.isNew.append(isNew)
            }
        }
        return result
    }

    /// Stores one event and its search text; false if its uuid is already stored.
    private static func insertRow(_ e: UnsafePointer<EncodedEvent>, sourceId: Int64, received: Int64, statement: Statement,
                                  state: inout WriterState, _ db: Database) throws -> Bool {
        let type = try state.termId(.eventType, e.pointee.eventType, db)
        let outcome = try e.pointee.outcome.map { try state.termId(.outcome, $0, db) }
        let ip = try e.pointee.ip.map { try state.termId(.ip, $0, db) }
        let session = try e.pointee.session.map { try state.termId(.session, $0, db) }
        let root = try e.pointee.rootSession.map { try state.termId(.session, $0, db) }
        let actor = try e.pointee.actor.map { try state.principalId($0, db) }
        let bind = SQLiteBinder(statement)
        let stored = try e.pointee.key.bytes.withUnsafeBytes { key in
            try e.pointee.raw.withUnsafeBytes { raw in
                bind.bind(1, borrowed: e.pointee.key, key)
                bind.bind(2, e.pointee.published)
                bind.bind(3, received)
                bind.bind(4, type)
                bind.bind(5, outcome)
                bind.bind(6, actor)
                bind.bind(7, ip)
                bind.bind(8, session)
                bind.bind(9, root)
                bind.bind(10, sourceId)
                bind.bind(11, e.pointee.dictionaryId)
                bind.bind(12, borrowedBlob: raw)
                return try bind.step(db)
            }
        }
        guard stored else { return false }
        // Read before the partition lookup, which may create a day's table and so insert a row of its own.
        let rowid = sqlite3_last_insert_rowid(db.sqliteConnection)
        let fts = SQLiteBinder(try state.partitionInsert(day: FTSPartition.day(ofMillis: e.pointee.published), db))
        fts.bind(1, rowid)
        try e.pointee.searchText.withUnsafeBytes { text in
            fts.bind(2, borrowedText: text)
            _ = try fts.step(db)
        }
        return true
    }

    /// Gathers raw samples until there are enough, then trains the compression dictionary that later events are
    /// compressed with, once per store. Training takes about a second, so it runs beside the writer: commits (and
    /// the hook acknowledgements waiting on them) go on meanwhile, compressed without a dictionary.
    private func trainDictionaryIfReady(_ state: inout WriterState, adding events: [EncodedEvent]) throws {
        guard !state.dictionaryTrained else { return }
        if currentDictionary.withLock({ $0 != nil }) {
            state.dictionaryTrained = true
            state.samples = []
            return
        }
        for e in events { if let s = e.sample, state.samples.count < configuration.dictionarySampleCount { state.samples.append(s) } }
        guard state.samples.count >= configuration.dictionarySampleCount else { return }
        let samples = state.samples
        state.samples = []
        state.dictionaryTrained = true
        dictionaryTrainer.async {
            do {
                try self.installDictionary(trainedOn: samples)
            } catch {
                // Events stay compressed without a dictionary (larger, still whole); the next batches gather
                // samples for another attempt.
                self.writer.withLock { $0.dictionaryTrained = false }
            }
        }
    }

    private func installDictionary(trainedOn samples: [[UInt8]]) throws {
        let bytes = try ZstdDictionary.train(samples: samples)
        let id = try pool.write { db in
            try db.execute(sql: "INSERT INTO zdict(created, bytes) VALUES (?, ?)", arguments: [Timestamp.now().millis, Data(bytes)])
            return db.lastInsertedRowID
        }
        let dictionary = try ZstdDictionary(id: id, bytes: bytes, level: configuration.compressionLevel)
        dictionaries.withLock { $0[id] = dictionary }
        currentDictionary.withLock { $0 = dictionary }
    }

    /// Waits for a dictionary training in progress (for tests and benchmarks that need the steady state).
    public func waitForDictionaryTraining() {
        dictionaryTrainer.sync {}
    }
}
