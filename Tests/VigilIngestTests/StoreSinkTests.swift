import Foundation
import Testing
import VigilEvent
import VigilIngest
import VigilStore

@Suite struct StoreSinkTests {
    static func event(_ uuid: String) throws -> OktaEvent {
        let json = #"{"uuid":"\#(uuid)","published":"2026-11-20T10:00:00.000Z","eventType":"user.session.start","outcome":{"result":"SUCCESS"}}"#
        return try OktaEvent(raw: Array(json.utf8))
    }

    @Test func storesOnceAndSavesTheCheckpointWithTheEvents() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        let sink = StoreSink(store: store)
        let a = try Self.event("11111111-1111-1111-1111-111111111111"), b = try Self.event("22222222-2222-2222-2222-222222222222")
        let first = try await sink.accept(IngestBatch(integrationID: "org1", path: .poll, events: [a, b], checkpoint: ("org1/poll", "c1")))
        #expect(first == IngestReceipt(stored: 2, duplicates: 0))
        let again = try await sink.accept(IngestBatch(integrationID: "org1", path: .hook, events: [b]))
        #expect(again == IngestReceipt(stored: 0, duplicates: 1))
        #expect(try store.checkpoint("org1/poll") == "c1")
        #expect(try store.eventCount() == 2)
    }
}
