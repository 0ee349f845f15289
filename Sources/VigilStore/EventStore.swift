import CStoreSetup
import Foundation
import GRDB
import Synchronization
import VigilEvent

/// Vigil's embedded event store: SQLite in WAL mode, through GRDB.
///
/// Events are keyed by `uuid` (storing one twice is a no-op), their raw JSON is kept byte for byte but
/// zstd-compressed, the fields people filter on are indexed, and a day-partitioned FTS5 index serves
/// free-text search. One writer at a time (SQLite's rule); readers never wait for it.
public final class EventStore: Sendable {
    public let directory: URL
    public let configuration: StoreConfiguration
    let pool: DatabasePool
    let writer: Mutex<WriterState>
    /// Dictionaries by id, loaded on first use; the current one compresses new events.
    let dictionaries: Mutex<[Int64: ZstdDictionary]>
    let currentDictionary: Mutex<ZstdDictionary?>
    let encoders = EncoderPool()
    let dictionaryTrainer = DispatchQueue(label: "vigil.store.dictionary", qos: .utility)
    private let checkpointer: WALCheckpointer

    public static let fileName = "vigil.sqlite"

    /// SQLite's and the allocator's process-wide settings, made once before the first connection opens.
    private static let processSetup = vigil_store_process_setup()

    /// Makes the process-wide settings now. Opening a store makes them anyway; the executables call this first so
    /// that work before any store opens (decoding and detection allocate as much as storing) has them too.
    public static func prepareProcess() {
        _ = processSetup
    }

    public var databaseURL: URL { directory.appendingPathComponent(Self.fileName) }

    /// Opens (creating if needed) the store in `directory`.
    public init(directory: URL, configuration: StoreConfiguration = StoreConfiguration()) throws {
        Self.prepareProcess()
        self.directory = directory
        self.configuration = configuration
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.dataDirectory("cannot create \(directory.path): \(error.localizedDescription)")
        }
        let path = directory.appendingPathComponent(Self.fileName).path
        if !FileManager.default.fileExists(atPath: path) {
            // The page size must be set before the first table exists and before the switch to WAL.
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = \(configuration.pageSize); VACUUM")
            }
            try queue.close()
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Another process (`vigil status` beside `vigil serve`) or a closing connection's last checkpoint may hold a
        // lock for a moment; wait for it rather than fail.
        config.busyMode = .timeout(10)
        let synchronous = configuration.synchronous.rawValue
        let cacheKiB = configuration.cacheKiB
        config.prepareDatabase { db in
            // The session, event type and term indexes take inserts all over their key range; a page cache that
            // holds their hot pages keeps each insert in memory instead of re-reading pages from the OS.
            try db.execute(sql: """
                PRAGMA synchronous = \(synchronous); PRAGMA cache_size = -\(cacheKiB); PRAGMA temp_store = MEMORY;
                PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerFallbackPages)
                """)
        }
        pool = try DatabasePool(path: path, configuration: config)
        try StoreSchema.migrate(pool, progress: configuration.upgradeProgress)
        checkpointer = try WALCheckpointer(path: path)
        writer = Mutex(WriterState())
        dictionaries = Mutex([:])
        let latest = try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, bytes FROM zdict ORDER BY id DESC LIMIT 1")
        }
        if let latest {
            let dict = try ZstdDictionary(id: latest["id"], bytes: Array(latest["bytes"] as Data), level: configuration.compressionLevel)
            currentDictionary = Mutex(dict)
            dictionaries.withLock { $0[dict.id] = dict }
        } else {
            currentDictionary = Mutex(nil)
        }
    }

    /// The dictionary with this id (0 = none), loading it if needed.
    func dictionary(_ id: Int64) throws -> ZstdDictionary? {
        if id == 0 { return nil }
        if let d = dictionaries.withLock({ $0[id] }) { return d }
        guard let bytes = try pool.read({ db in try Data.fetchOne(db, sql: "SELECT bytes FROM zdict WHERE id = ?", arguments: [id]) }) else {
            throw StoreError.notFound("compression dictionary \(id) is missing from the store")
        }
        let dict = try ZstdDictionary(id: id, bytes: Array(bytes), level: configuration.compressionLevel)
        dictionaries.withLock { $0[id] = dict }
        return dict
    }

    /// Encodes a batch (compression with the current dictionary, indexed values, search text) with a pooled encoder.
    public func encode(_ events: [OktaEvent]) throws -> [EncodedEvent] {
        let encoder = encoders.take(dictionary: currentDictionary.withLock { $0 }, level: configuration.compressionLevel)
        defer { encoders.give(encoder) }
        return try encoder.encode(events)
    }

    /// Bytes used on disk by the database and its WAL.
    public func diskUsage() -> Int {
        [Self.fileName, Self.fileName + "-wal", Self.fileName + "-shm"].reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// Moves the whole WAL into the database file and empties it (the background checkpointer does the copying
    /// continuously; this waits until nothing is left, for a clean file before a backup or a size measurement).
    public func checkpointWAL() throws {
        for _ in 0..<100 {
            // The pragma reports "busy" in its first column, rather than failing, while another checkpoint runs.
            let busy = try pool.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") ?? 0
            }
            if busy == 0 { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    public func close() throws {
        checkpointer.stop()
        // The writer's prepared statements must be finalized before the connection can close.
        writer.withLock { $0.reset() }
        try pool.close()
    }
}
