import Foundation
import Testing
import VigilEvent
import VigilIngest
import VigilStore

@Suite struct EventBridgeDeadLetterTests {
    static func withStore(_ body: (EventStore) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-dead-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        try await body(store)
        try store.close()
    }

    @Test func recordsOncePerUpstreamMessageAndListsNewestFirst() async throws {
        try await Self.withStore { store in
            let body: [UInt8] = Array("{not json".utf8) + [0xFF, 0x00]
            let first = DeadLetter(source: "org1/eventbridge", upstreamID: "m-1", received: Timestamp(millis: 1_000), reason: "malformed", body: body)
            #expect(try store.saveDeadLetter(first))
            #expect(try !store.saveDeadLetter(first), "the same message again is not a second dead letter")
            try await store.record([
                DeadLetter(source: "org1/eventbridge", upstreamID: "m-2", received: Timestamp(millis: 2_000), reason: "no event", body: []),
                DeadLetter(source: "org2/hook", upstreamID: nil, received: Timestamp(millis: 3_000), reason: "a", body: []),
                DeadLetter(source: "org2/hook", upstreamID: nil, received: Timestamp(millis: 3_000), reason: "b", body: []),
            ])
            #expect(try store.deadLetterCount() == 4)
            #expect(try store.deadLetterCount(source: "org1/eventbridge") == 2)
            let listed = try store.deadLetters(source: "org1/eventbridge")
            #expect(listed.map(\.upstreamID) == ["m-2", "m-1"])
            let stored = try #require(listed.last)
            #expect(stored.body == body && stored.reason == "malformed" && stored.received == Timestamp(millis: 1_000) && stored.id != nil)
            #expect(try store.deadLetters(limit: 1).count == 1)
        }
    }

    @Test func survivesReopening() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-dead-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        try store.saveDeadLetter(DeadLetter(source: "o/eventbridge", upstreamID: "x", reason: "r", body: [1, 2, 3]))
        try store.close()
        let reopened = try EventStore(directory: dir)
        #expect(try reopened.deadLetters().map(\.body) == [[1, 2, 3]])
        try reopened.close()
    }
}
