import Foundation
import Testing
import VigilAWS
import VigilAWSTesting

@Suite(.enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct EventBridgeLogStreamTransportTests {
    @Test func deliversEachEventAsOktasLogStreamDoes() async throws {
        let (bus, url, aws) = try await AWSTestServer.makeLogStreamQueue()
        let source = EventBridgeLogStreamTransport.partnerSource(oktaSubdomain: "acme", eventSourceName: "vigil-stream")
        #expect(source == "aws.partner/okta.com/acme/vigil-stream")
        let transport = EventBridgeLogStreamTransport(client: EventBridgeClient(aws: aws), eventBusName: bus, source: source)
        let events = [
            #"{"uuid":"e1","published":"2026-11-20T10:00:01.250Z","eventType":"user.session.start"}"#,
            "not an event",
            #"{"uuid":"e2","published":"2026-11-20T10:00:02.000Z","eventType":"user.session.end"}"#,
        ]
        let result = try await transport.deliver(events.map { Array($0.utf8) })
        #expect(result.entries.count == 3 && result.eventIDs.count == 2)
        #expect(result.failures.map(\.index) == [1] && result.failures.first?.code == "InvalidDetail")

        let sqs = SQSClient(aws: aws)
        var messages: [SQSMessage] = []
        for _ in 0..<10 where messages.count < 2 { messages += try await sqs.receiveMessages(queueURL: url, waitSeconds: 1) }
        let envelopes = try messages.map { try #require(try JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any]) }
            .sorted { ($0["time"] as? String ?? "") < ($1["time"] as? String ?? "") }
        #expect(envelopes.count == 2)
        #expect(envelopes.allSatisfy { $0["source"] as? String == source && $0["detail-type"] as? String == "SystemLog" })
        #expect(envelopes.map { $0["time"] as? String } == ["2026-11-20T10:00:01Z", "2026-11-20T10:00:02Z"])
        #expect(envelopes.map { ($0["detail"] as? [String: Any])?["uuid"] as? String } == ["e1", "e2"])
    }
}
