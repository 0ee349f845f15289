import Foundation
import Synchronization
import Testing
import VigilEvent
@testable import VigilIngest

@Suite struct DeliveryInboxTests {
    /// Records what reaches it; fails the first `failures` batches with a store error, or refuses everything as a
    /// stopped pipeline does.
    final class RecordingSink: EventSink {
        let received = Mutex<[String]>([])
        let failures: Atomic<Int>
        let stopped: Bool

        init(failures: Int = 0, stopped: Bool = false) {
            self.failures = Atomic(failures)
            self.stopped = stopped
        }

        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            if stopped { throw IngestPipelineError.stopped }
            if failures.wrappingSubtract(1, ordering: .relaxed).oldValue > 0 { throw InboxError.io("disk full (test)") }
            received.withLock { $0 += batch.events.map(\.uuid) }
            return IngestReceipt(stored: batch.events.count)
        }

        var uuids: [String] { received.withLock { $0 } }
    }

    static func batch(_ first: Int, count: Int = 3) throws -> IngestBatch {
        let events = try (first..<first + count).map { i in
            // Pretty-printed on purpose: raw JSON with newlines must come back byte for byte.
            let json = "{\n  \"uuid\": \"\(uuid(i))\",\n  \"published\": \"2026-11-20T10:00:00.000Z\",\n  \"eventType\": \"user.session.start\"\n}"
            return try OktaEvent(raw: Array(json.utf8))
        }
        return IngestBatch(integrationID: "acme", path: .hook, events: events)
    }

    static func uuid(_ i: Int) -> String { String(format: "00000000-0000-4000-8000-%012d", i) }

    static func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-inbox-\(UUID().uuidString)")
    }

    static func segments(_ dir: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil).filter { $0.pathExtension == "vib" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs the inbox over `sink` while `body` runs, then shuts it down gracefully.
    static func running(_ inbox: DeliveryInbox, _ body: () async throws -> Void) async throws {
        async let run: Void = inbox.run()
        try await body()
        inbox.finish()
        await run
    }

    /// A run whose pipeline stopped first: its `batches` acknowledged batches of three stay on disk.
    static func leaveBehind(_ batches: Int, in dir: URL) async throws {
        let inbox = try DeliveryInbox(directory: dir, sink: RecordingSink(stopped: true), plan: .standard)
        try await running(inbox) {
            for i in 0..<batches { _ = try await inbox.accept(try batch(i * 3)) }
        }
    }

    @Test func crc32cMatchesTheStandardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        let long = Array(repeating: Array("123456789".utf8), count: 5).flatMap { $0 }
        var bytewise: UInt32 = 0xFFFF_FFFF
        for byte in long {
            bytewise ^= UInt32(byte)
            for _ in 0..<8 { bytewise = bytewise & 1 == 1 ? (bytewise >> 1) ^ 0x82F6_3B78 : bytewise >> 1 }
        }
        #expect(CRC32C.checksum(long) == ~bytewise)
    }

    @Test func acknowledgesOnceWrittenThenDeliversEverythingAndDeletesItsFiles() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sink = RecordingSink()
        let inbox = try DeliveryInbox(directory: dir, sink: sink, plan: .standard)
        try await Self.running(inbox) {
            for i in 0..<5 {
                let receipt = try await inbox.accept(try Self.batch(i * 3))
                #expect(receipt == IngestReceipt(queued: 3))
            }
        }
        #expect(sink.uuids.sorted() == (0..<15).map(Self.uuid))
        #expect(inbox.backlogEvents == 0)
        #expect(try Self.segments(dir).isEmpty, "a drained inbox keeps no segment")
    }

    @Test func aRunThatStopsBeforeTheStoreLeavesItsBatchesForTheNextRun() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.leaveBehind(4, in: dir)
        #expect(try Self.segments(dir).count == 1)
        let sink = RecordingSink()
        let second = try DeliveryInbox(directory: dir, sink: sink, plan: .standard)
        #expect(second.backlogEvents == 12)
        try await Self.running(second) {}
        #expect(sink.uuids.sorted() == (0..<12).map(Self.uuid))
        #expect(try Self.segments(dir).isEmpty)
    }

    @Test func aTornTailAndADamagedRecordAreReportedAndTheRestReplayed() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.leaveBehind(3, in: dir)
        let segment = try #require(try Self.segments(dir).first)
        var bytes = Array(try Data(contentsOf: segment))
        let recordSize = bytes.count / 3
        // Damage the second record's payload (its checksum no longer matches) and leave half a record at the end,
        // as a crash during a write would.
        bytes[recordSize + recordSize / 2] ^= 0xFF
        bytes += bytes[0..<recordSize / 2]
        try Data(bytes).write(to: segment)
        let contents = InboxRecord.decode(bytes, plan: .standard)
        #expect(contents.batches.count == 2)
        #expect(contents.problems.count == 2)
        #expect(contents.problems[0] == "byte \(recordSize): a record whose checksum does not match (damaged)")
        #expect(contents.problems[1].hasPrefix("byte \(3 * recordSize): an incomplete record"))
        let sink = RecordingSink()
        try await Self.running(try DeliveryInbox(directory: dir, sink: sink, plan: .standard)) {}
        #expect(sink.uuids.sorted() == ([0, 1, 2, 6, 7, 8]).map(Self.uuid))
        #expect(try Self.segments(dir).isEmpty)
        #expect(FileManager.default.fileExists(atPath: segment.path + ".damaged"), "the damaged file is kept for inspection")

        // The next run's segment takes a new number, so a kept copy never stands for another segment.
        try await Self.leaveBehind(1, in: dir)
        let next = try #require(try Self.segments(dir).first)
        #expect(next.lastPathComponent > segment.lastPathComponent)
    }

    @Test func aFailingStoreIsRetriedUntilItTakesTheBatch() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sink = RecordingSink(failures: 3)
        var options = DeliveryInbox.Options()
        options.retryDelay = .milliseconds(10)
        let inbox = try DeliveryInbox(directory: dir, sink: sink, plan: .standard, options: options)
        try await Self.running(inbox) {
            _ = try await inbox.accept(try Self.batch(0))
        }
        #expect(sink.uuids == (0..<3).map(Self.uuid))
        #expect(try Self.segments(dir).isEmpty)
    }

    @Test func pastTheBacklogLimitAnAcknowledgementWaitsForTheStore() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.leaveBehind(1, in: dir)
        // Three events are still on their way from the last run: with a limit of 3, the next batch waits.
        var options = DeliveryInbox.Options()
        options.maxBacklogEvents = 3
        let sink = RecordingSink()
        let inbox = try DeliveryInbox(directory: dir, sink: sink, plan: .standard, options: options)
        try await Self.running(inbox) {
            let receipt = try await inbox.accept(try Self.batch(3))
            #expect(receipt == IngestReceipt(stored: 3))
            #expect(sink.uuids.contains(Self.uuid(3)), "answered only once stored")
        }
    }

    @Test func aBatchWithACheckpointGoesStraightToThePipeline() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sink = RecordingSink()
        let inbox = try DeliveryInbox(directory: dir, sink: sink, plan: .standard)
        var batch = try Self.batch(0)
        batch.checkpoint = ("acme/poll", "cursor")
        #expect(try await inbox.accept(batch) == IngestReceipt(stored: 3))
        #expect(try Self.segments(dir).isEmpty)
    }

    @Test func aSecondInboxOnTheSameDirectoryIsRefusedWhileTheFirstIsOpen() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var first: DeliveryInbox? = try DeliveryInbox(directory: dir, sink: RecordingSink(), plan: .standard)
        #expect(first != nil)
        #expect(throws: InboxError.self) { try DeliveryInbox(directory: dir, sink: RecordingSink(), plan: .standard) }
        first = nil
        #expect(throws: Never.self) { try DeliveryInbox(directory: dir, sink: RecordingSink(), plan: .standard) }
    }

    @Test func afterFinishBatchesAreRefused() async throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = try DeliveryInbox(directory: dir, sink: RecordingSink(), plan: .standard)
        try await Self.running(inbox) {}
        await #expect(throws: InboxError.self) { try await inbox.accept(try Self.batch(0)) }
    }
}
