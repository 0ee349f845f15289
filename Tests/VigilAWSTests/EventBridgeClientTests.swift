import Foundation
import Testing
import VigilAWS
import VigilAWSTesting

/// EventBridge's JSON protocol against a real AWS-compatible server (moto): the bus → rule → SQS route Okta's
/// log stream takes.
@Suite(.enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct EventBridgeClientTests {
    static func entry(_ bus: String, _ detail: String, source: String = "aws.partner/okta.com/acme/vigil", detailType: String = "SystemLog") -> EventBridgeEntry {
        EventBridgeEntry(source: source, detailType: detailType, detail: detail, eventBusName: bus)
    }

    static func drain(_ sqs: SQSClient, _ url: String, expecting count: Int) async throws -> [SQSMessage] {
        var received: [SQSMessage] = []
        for _ in 0..<10 where received.count < count {
            received += try await sqs.receiveMessages(queueURL: url, maxMessages: 10, waitSeconds: 1)
        }
        return received
    }

    @Test func deliversMatchingEventsToTheQueueInTheirEnvelope() async throws {
        let (bus, url, aws) = try await AWSTestServer.makeLogStreamQueue()
        let events = EventBridgeClient(aws: aws), sqs = SQSClient(aws: aws)
        let result = try await events.putEvents([
            Self.entry(bus, #"{"uuid":"a","eventType":"user.session.start"}"#),
            Self.entry(bus, #"{"uuid":"b"}"#, source: "com.example.other"),
            Self.entry(bus, #"{"uuid":"c"}"#, detailType: "Something else"),
        ])
        #expect(result.failedEntryCount == 0 && result.eventIDs.count == 3)

        let messages = try await Self.drain(sqs, url, expecting: 1)
        #expect(messages.count == 1)
        #expect(try await sqs.receiveMessages(queueURL: url, waitSeconds: 1).isEmpty, "only the Okta SystemLog event matches the rule")
        let message = try #require(messages.first)
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(message.body.utf8)) as? [String: Any])
        #expect(envelope["source"] as? String == "aws.partner/okta.com/acme/vigil")
        #expect(envelope["detail-type"] as? String == "SystemLog")
        #expect(envelope["id"] as? String == result.eventIDs.first)
        let detail = try #require(envelope["detail"] as? [String: Any])
        #expect(detail["uuid"] as? String == "a" && detail["eventType"] as? String == "user.session.start")
    }

    @Test func refusesCallsOverTheLimitsAndSplitsLongLists() async throws {
        let (bus, url, aws) = try await AWSTestServer.makeLogStreamQueue()
        let events = EventBridgeClient(aws: aws), sqs = SQSClient(aws: aws)
        let eleven = (0..<11).map { Self.entry(bus, #"{"uuid":"u\#($0)"}"#) }
        let error = await #expect(throws: AWSError.self) { _ = try await events.putEvents(eleven) }
        #expect(error?.description.contains("at most 10") == true)

        let huge = Self.entry(bus, #"{"uuid":"big","pad":""# + String(repeating: "x", count: 300_000) + #""}"#)
        let result = try await events.putAllEvents(eleven + [huge] + (11..<25).map { Self.entry(bus, #"{"uuid":"u\#($0)"}"#) })
        #expect(result.entries.count == 26)
        #expect(result.eventIDs.count == 25 && result.failedEntryCount == 1)
        #expect(result.failures.map(\.index) == [11] && result.failures.first?.code == "EntryTooLarge")
        #expect(try await Self.drain(sqs, url, expecting: 25).count == 25)
    }

    @Test func reportsEntriesEventBridgeRefuses() async throws {
        let aws = try AWSTestServer.client()
        let events = EventBridgeClient(aws: aws)
        let bus = try await AWSTestServer.makeLogStreamQueue().bus
        // An entry without a detail type is refused by EventBridge itself, the others still go through.
        let result = try await events.putEvents([Self.entry(bus, #"{"uuid":"ok"}"#), Self.entry(bus, #"{"uuid":"bad"}"#, detailType: "")])
        #expect(result.entries.count == 2)
        #expect(result.failedEntryCount == 1 && result.failures.first?.index == 1)
    }
}
