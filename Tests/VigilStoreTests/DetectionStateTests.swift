import Foundation
import Testing
import VigilEvent
@testable import VigilStore

/// The detection engine's saved state and the time-ordered scan that backtests and re-evaluation replay.
@Suite struct DetectionStateTests {
    @Test func stateIsReplacedAndSurvivesReopening() throws {
        let store = try StoreFixtures.temporaryStore()
        #expect(try store.detectionState() == nil)
        try store.saveDetectionState(Data("one".utf8), watermark: StoreFixtures.base)
        try store.saveDetectionState(Data("two".utf8), watermark: StoreFixtures.base.adding(seconds: 60))
        let reopened = try EventStore(directory: store.directory)
        let saved = try #require(try reopened.detectionState())
        #expect(saved.state == Data("two".utf8))
        #expect(saved.watermark == StoreFixtures.base.adding(seconds: 60))
        try reopened.deleteDetectionState()
        #expect(try reopened.detectionState() == nil)
    }

    /// Stored compressed (a large state is repetitive JSON); a state saved plain by an earlier version still reads.
    @Test func stateIsStoredCompressedAndPlainStatesStillRead() throws {
        let store = try StoreFixtures.temporaryStore()
        let state = Data(String(repeating: #"{"entries":[{"time":1790000000000,"events":["00000000-0000-4000-8000-000000000001"]}]},"#, count: 2_000).utf8)
        try store.saveDetectionState(state, watermark: nil)
        let stored = try store.pool.read { db in try Data.fetchOne(db, sql: "SELECT state FROM detection_state") }
        #expect(try #require(stored).count < state.count / 10)
        #expect(try store.detectionState()?.state == state)
        try store.pool.write { db in try db.execute(sql: "UPDATE detection_state SET state = ?", arguments: [Data("plain".utf8)]) }
        #expect(try store.detectionState()?.state == Data("plain".utf8))
    }

    @Test func scanReturnsARangeOldestFirstInBatches() throws {
        let store = try StoreFixtures.temporaryStore()
        // Inserted newest first, and two events share a timestamp: the scan still orders them and loses none.
        let events = (0..<25).reversed().map { StoreFixtures.event($0) }
            + [StoreFixtures.event(100, published: StoreFixtures.base.adding(seconds: 600))]
        _ = try store.insert(events, source: "test")
        var batches: [[StoredEvent]] = []
        try store.scan(since: StoreFixtures.base.adding(seconds: 300), until: StoreFixtures.base.adding(seconds: 1_200), batchSize: 4) {
            batches.append($0)
        }
        let scanned = batches.flatMap { $0 }
        #expect(scanned.count == 17)
        #expect(batches.allSatisfy { $0.count <= 4 })
        #expect(scanned.map(\.published) == scanned.map(\.published).sorted())
        #expect(scanned.first?.published == StoreFixtures.base.adding(seconds: 300))
        #expect(scanned.last?.published == StoreFixtures.base.adding(seconds: 1_200))
    }
}
