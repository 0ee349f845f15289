import Foundation
import Testing
import VigilEvent
@testable import VigilStore

@Suite struct PipelinedWriterTests {
    /// Batches overlap with each other's encoding but commit in order: the checkpoint left is the last batch's,
    /// and duplicates across batches are counted once stored.
    @Test(arguments: [1, 2, 3])
    func batchesCommitInOrderWithTheirCheckpoints(depth: Int) async throws {
        let store = try StoreFixtures.temporaryStore()
        var writer = PipelinedWriter(store: store, source: "import", depth: depth)
        for batch in 0..<8 {
            // Each batch repeats the last 5 events of the one before it.
            let events = (max(0, batch * 20 - 5)..<(batch * 20 + 20)).map { StoreFixtures.event($0) }
            try await writer.submit(events, checkpoint: ("import:file", "batch \(batch)"))
        }
        try await writer.drain()
        #expect(writer.totals.inserted == 160)
        #expect(writer.totals.duplicates == 35)
        #expect(try store.eventCount() == 160)
        #expect(try store.checkpoint("import:file") == "batch 7")
    }

    /// A batch that cannot be stored is reported to the caller, not lost in a background task.
    @Test func aFailedBatchIsThrownToTheCaller() async throws {
        let store = try StoreFixtures.temporaryStore()
        var writer = PipelinedWriter(store: store, source: "import", depth: 2)
        try await writer.submit([StoreFixtures.event(1)])
        try await writer.drain()
        try store.close()
        await #expect(throws: (any Error).self) {
            for batch in 0..<4 { try await writer.submit([StoreFixtures.event(10 + batch)]) }
            try await writer.drain()
        }
        #expect(writer.totals.inserted == 1)
    }
}
