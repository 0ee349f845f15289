import Foundation
import Synchronization
import Testing
import VigilAWS
import VigilAWSTesting
import VigilEvent
import VigilIngest
import VigilStore

/// Okta's log stream end to end: PutEvents → EventBridge rule → SQS → `SQSEventSource` → a real store, on moto.
@Suite(.enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct EventBridgeSQSEventSourceTests {
    static func logEvent(_ n: Int, second: Int = 0) -> String {
        func padded(_ v: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(v).count)) + String(v) }
        let uuid = "00000000-0000-4000-8000-\(padded(n, 12))"
        return #"{"uuid":"\#(uuid)","published":"2026-11-20T10:00:\#(padded(second, 2)).000Z","eventType":"user.session.start","#
            + #""outcome":{"result":"SUCCESS"},"actor":{"id":"00u\#(n)","type":"User"}}"#
    }

    static func put(_ details: [String], on bus: String, _ aws: AWSClient) async throws {
        let entries = details.map {
            EventBridgeEntry(source: "aws.partner/okta.com/acme/vigil", detailType: "SystemLog", detail: $0, eventBusName: bus)
        }
        let result = try await EventBridgeClient(aws: aws).putAllEvents(entries)
        #expect(result.failedEntryCount == 0)
    }

    /// Polls until `condition` holds, for at most `seconds`.
    static func eventually(_ seconds: Double = 20, _ condition: () throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try condition()
    }

    static func queueIsEmpty(_ aws: AWSClient, _ url: String) async throws -> Bool {
        let a = try await SQSClient(aws: aws).queueAttributes(queueURL: url, names: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
        return a["ApproximateNumberOfMessages"] == "0" && a["ApproximateNumberOfMessagesNotVisible"] == "0"
    }

    struct Fixture {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sqs-\(UUID().uuidString)")
        let store: EventStore
        let bus: String, queueURL: String, aws: AWSClient

        init(visibilityTimeout: Int = 30) async throws {
            store = try EventStore(directory: dir)
            let made = try await AWSTestServer.makeLogStreamQueue(visibilityTimeout: visibilityTimeout)
            bus = made.bus
            queueURL = made.queueURL
            aws = made.client
        }

        func source(sink: (any EventSink)? = nil, visibilityTimeout: Int? = nil, plan: FieldPlan = .standard) -> SQSEventSource {
            SQSEventSource(configuration: SQSEventSourceConfiguration(integrationID: "acme", queueURL: queueURL, waitSeconds: 1,
                                                                     visibilityTimeout: visibilityTimeout, retryDelay: .milliseconds(200)),
                           sqs: SQSClient(aws: aws), sink: sink ?? StoreSink(store: store), deadLetters: store, plan: plan)
        }

        func close() {
            try? store.close()
            try? FileManager.default.removeItem(at: dir)
        }
    }

    @Test func storesEachEventOnceDeadLettersWhatItCannotReadAndEmptiesTheQueue() async throws {
        let f = try await Fixture()
        defer { f.close() }
        let source = f.source()
        let running = Task { await source.run() }
        defer { running.cancel() }

        try await Self.put((0..<25).map { Self.logEvent($0, second: $0) }, on: f.bus, f.aws)
        #expect(try await Self.eventually { try f.store.eventCount() == 25 })
        #expect(try await Self.eventually { source.status.messagesDeleted == 25 })

        // Okta delivers at least once: the same events again are recognised, not stored twice.
        try await Self.put((0..<3).map { Self.logEvent($0, second: $0) }, on: f.bus, f.aws)
        #expect(try await Self.eventually { source.status.duplicates == 3 })
        #expect(try f.store.eventCount() == 25)

        // What cannot be read is kept with its reason and deleted, not retried forever.
        let sqs = SQSClient(aws: f.aws)
        try await sqs.sendMessage(queueURL: f.queueURL, body: "{this is not json")
        try await Self.put([#"{"eventType":"user.session.start","published":"2026-11-20T10:00:00.000Z"}"#], on: f.bus, f.aws)
        #expect(try await Self.eventually { try f.store.deadLetterCount(source: "acme/eventbridge") == 2 })
        #expect(try await Self.eventually(5) { source.status.messagesDeleted == 30 })
        #expect(try await Self.queueIsEmpty(f.aws, f.queueURL))
        let reasons = try f.store.deadLetters().map(\.reason).joined(separator: "\n")
        #expect(reasons.contains("malformed JSON"))
        #expect(reasons.contains("uuid"))
        #expect(try f.store.deadLetters().contains { $0.body == Array("{this is not json".utf8) })

        let status = source.status
        #expect(status.messagesReceived == 30 && status.eventsStored == 25 && status.duplicates == 3 && status.deadLetters == 2)
        #expect(status.lastEventPublished == Timestamp(iso8601: "2026-11-20T10:00:24.000Z"))
        #expect(status.lastError == nil && status.deleteFailures == 0)
        running.cancel()
        await running.value
    }

    /// Events are indexed once, with the source's plan (the detection stage's), not again by detection.
    @Test func eventsAreIndexedWithTheGivenPlan() async throws {
        let f = try await Fixture()
        defer { f.close() }
        let plan = FieldPlan.standard.extended(with: ["request.ipChain.version"])
        let slot = try #require(plan.slot(for: "request.ipChain.version"))
        #expect(slot >= FieldPlan.standard.slotCount)
        let sink = PollPlanTests.ReadingSink(store: f.store, slot: slot)
        let source = f.source(sink: sink, plan: plan)
        let running = Task { await source.run() }
        defer { running.cancel() }
        let details = (0..<3).map {
            Self.logEvent($0, second: $0).replacingOccurrences(of: #""outcome":"#, with: #""request":{"ipChain":[{"ip":"198.51.100.7","version":"V4"}]},"outcome":"#)
        }
        try await Self.put(details, on: f.bus, f.aws)
        #expect(try await Self.eventually { try f.store.eventCount() == 3 })
        #expect(sink.events.count == 3)
        #expect(sink.events.allSatisfy { $0.slots == plan.slotCount && $0.value == "V4" }, "\(sink.events)")
    }

    @Test func keepsTryingAnUnreachableQueueAndStopsWhenCancelled() async throws {
        let f = try await Fixture()
        defer { f.close() }
        let missing = f.queueURL + "-missing"
        let source = SQSEventSource(configuration: SQSEventSourceConfiguration(integrationID: "acme", queueURL: missing, waitSeconds: 1,
                                                                              retryDelay: .milliseconds(20), maximumRetryDelay: .milliseconds(100)),
                                    sqs: SQSClient(aws: f.aws), sink: StoreSink(store: f.store), deadLetters: f.store)
        let running = Task { await source.run() }
        #expect(try await Self.eventually { source.status.lastError?.contains("ReceiveMessage failed: HTTP 400") == true })
        let start = ContinuousClock.now
        running.cancel()
        await running.value
        #expect(ContinuousClock.now - start < .seconds(5), "cancellation ends the backoff wait")
        #expect(source.status.messagesReceived == 0)
    }

    /// A sink that fails its first `failures` batches, then stores.
    final class FlakySink: EventSink {
        let inner: StoreSink
        let remaining: Mutex<Int>
        init(_ inner: StoreSink, failures: Int) {
            self.inner = inner
            remaining = Mutex(failures)
        }
        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            let fail = remaining.withLock { n in
                defer { n -= 1 }
                return n > 0
            }
            if fail { throw CocoaError(.fileWriteOutOfSpace) }
            return try await inner.accept(batch)
        }
    }

    @Test func keepsMessagesWhenTheSinkFailsAndStoresThemOnceWhenTheyReturn() async throws {
        let f = try await Fixture()
        defer { f.close() }
        let source = f.source(sink: FlakySink(StoreSink(store: f.store), failures: 1), visibilityTimeout: 1)
        try await Self.put((0..<4).map { Self.logEvent(100 + $0) }, on: f.bus, f.aws)
        let running = Task { await source.run() }
        defer { running.cancel() }

        #expect(try await Self.eventually { source.status.lastError != nil })
        #expect(try await Self.eventually { try f.store.eventCount() == 4 })
        #expect(try await Self.eventually(5) { source.status.messagesDeleted == 4 })
        let status = source.status
        #expect(status.messagesReceived > 4, "the failed batch's messages came back after their visibility timeout")
        #expect(status.eventsStored == 4 && status.duplicates == 0)
        #expect(status.lastError?.contains("stay on the queue") == true)
        #expect(try await Self.queueIsEmpty(f.aws, f.queueURL))
        running.cancel()
        await running.value
    }

    /// A sink that holds each batch until released, to cancel the source mid-batch.
    final class GateSink: EventSink {
        let inner: StoreSink
        let entered = Mutex(false)
        let gate = AsyncStream<Void>.makeStream()
        init(_ inner: StoreSink) { self.inner = inner }
        func accept(_ batch: IngestBatch) async throws -> IngestReceipt {
            entered.withLock { $0 = true }
            for await _ in gate.stream { break }
            return try await inner.accept(batch)
        }
    }

    @Test func cancellationFinishesTheBatchInFlight() async throws {
        let f = try await Fixture()
        defer { f.close() }
        let sink = GateSink(StoreSink(store: f.store))
        let source = f.source(sink: sink)
        try await Self.put((0..<3).map { Self.logEvent(200 + $0) }, on: f.bus, f.aws)
        let running = Task { await source.run() }
        #expect(try await Self.eventually { sink.entered.withLock { $0 } })
        running.cancel()
        try await Task.sleep(for: .milliseconds(200))
        sink.gate.continuation.yield()
        sink.gate.continuation.finish()
        await running.value
        let status = source.status
        #expect(status.eventsStored == status.messagesDeleted && status.messagesDeleted == status.messagesReceived && status.messagesReceived > 0)
        #expect(try f.store.eventCount() == status.eventsStored)
    }
}
