import ArgumentParser
import Foundation
import VigilEvent
import VigilStore

/// Decode + durable storage with the full-text index, then size on disk and query times.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Events/s into the store (decode, compress, index, FTS, durable commits), bytes/event, query times.")

    @Option(help: "NDJSON input, stored in its order (generate it with `vigil simulate generate`).") var input: String
    @Option(help: "Directory for the database (deleted first).") var dataDir = "/tmp/vigil-bench-store"
    @Option(help: "Events per transaction.") var batch = PipelinedWriter.batchSize
    @Option(help: "SQLite synchronous mode: FULL or NORMAL.") var synchronous = "FULL"
    @Option(help: "SQLite page size for the new database.") var pageSize = 8192
    @Option(help: "zstd level for the raw events (the store's default is 3).") var level: Int32 = 3

    @Flag(help: "Time decoding, encoding and inserting one after another instead of pipelined.") var phases = false

    func run() async throws {
        try? FileManager.default.removeItem(atPath: dataDir)
        var config = StoreConfiguration()
        config.synchronous = synchronous.uppercased() == "NORMAL" ? .normal : .full
        config.pageSize = pageSize
        config.compressionLevel = level
        let store = try EventStore(directory: URL(fileURLWithPath: dataDir), configuration: config)
        let source = try BenchInput.load(input)
        if phases { return try runPhases(store, source) }
        // Chunks as a file reader delivers them, cut before the clock starts.
        let chunks = BenchInput.chunks(source)
        var writer = PipelinedWriter(store: store, source: "bench")
        var total = 0
        let meter = CPUMeter()
        let batch = self.batch  // read once: the option's property wrapper costs a metadata lookup per access
        let seconds = try await BenchInput.timeAsync {
            var reader = EventReader()
            var pending: [OktaEvent] = []
            pending.reserveCapacity(batch)
            for (i, chunk) in chunks.enumerated() {
                var batches: [[OktaEvent]] = []
                reader.feed(chunk, isFinal: i == chunks.count - 1) {
                    guard case .event(let e) = $0 else { return }
                    pending.append(e)
                    if pending.count == batch { batches.append(pending); pending.removeAll(keepingCapacity: true) }
                }
                for b in batches { try await writer.submit(b); total += b.count }
            }
            try await writer.submit(pending)
            total += pending.count
            try await writer.drain()
        }
        let cpu = meter.summary(events: total)
        try store.checkpointWAL()
        let size = store.diskUsage()
        print("store (\(synchronous), batch \(batch), page \(pageSize)): \(total) events, \(writer.totals.inserted) new, "
              + "\(rate(total, seconds)) events/s")
        print(cpu)
        print("size: \(size / max(1, writer.totals.inserted)) bytes/event on disk (all tables and indexes; raw JSON "
              + "\(writer.rawBytes / max(1, total)) B/event → compressed \(writer.storedRawBytes / max(1, total)) B/event)")
        try queries(store)
    }

    /// Where the time goes: each stage over the whole input, one after another, after a warm-up that trains
    /// the compression dictionary (the steady state of a long-running store).
    func runPhases(_ store: EventStore, _ bytes: [UInt8]) throws {
        var events: [OktaEvent] = []
        let decode = BenchInput.time { events = EventReader.read(bytes).events }
        let warmUp = store.configuration.dictionarySampleCount
        try store.insert(Array(events[..<warmUp]), source: "bench")
        store.waitForDictionaryTraining()
        events.removeFirst(warmUp)
        var encoded: [EncodedEvent] = []
        let encode = try BenchInput.time { encoded = try store.encode(events) }
        let insert = try BenchInput.time {
            for start in stride(from: 0, to: encoded.count, by: batch) {
                try store.insert(Array(encoded[start..<min(start + batch, encoded.count)]), source: "bench")
            }
        }
        print("phases: decode \(rate(events.count, decode))/s, encode \(rate(events.count, encode))/s, insert \(rate(events.count, insert))/s")
    }

    /// Times the queries the UI runs most, over what was just stored.
    func queries(_ store: EventStore) throws {
        let sample = try store.search(EventQuery(limit: 1)).first!.event()
        let user = sample.string(.actorAlternateId) ?? ""
        var q = EventQuery(text: "Toronto login", limit: 50)
        var hits = 0
        let search = try BenchInput.median(runs: 9) { hits = try store.search(q).count }
        q = EventQuery(text: user, limit: 50)
        let userSearch = try BenchInput.median(runs: 9) { hits = max(hits, try store.search(q).count) }
        q = EventQuery(limit: 50)
        q.user = user
        let timeline = try BenchInput.median(runs: 9) { hits = max(hits, try store.search(q).count) }
        var days = 0
        let activity = try BenchInput.median(runs: 9) { days = try store.activity(user: user).count }
        print(String(format: "query: free-text search %.1f ms (%d hits); search for a user %.1f ms; a user's timeline %.1f ms; "
                     + "per-user activity by day %.1f ms (%d days)", search * 1000, hits, userSearch * 1000, timeline * 1000,
                     activity * 1000, days))
    }
}
