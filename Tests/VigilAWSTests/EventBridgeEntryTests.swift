import Foundation
import Testing
import VigilAWS

@Suite struct EventBridgeEntryTests {
    @Test func sizeCountsWhatEventBridgeCounts() {
        let entry = EventBridgeEntry(source: "src", detailType: "SystemLog", detail: #"{"é":1}"#, resources: ["r1", "r22"])
        #expect(entry.size == 3 + 9 + 8 + 5)  // "é" is two bytes
        var timed = entry
        timed.time = Date()
        #expect(timed.size == entry.size + 14)
    }

    @Test func aPartialDeliveryCanBeTreatedAsAFailure() {
        #expect(throws: Never.self) { try PutEventsResult(entries: [.accepted(eventID: "a")]).requireAllAccepted() }
        let partial = PutEventsResult(entries: [.accepted(eventID: "a"), .failed(code: "ThrottlingException", message: "slow down")])
        #expect(partial.failedEntryCount == 1 && partial.eventIDs == ["a"])
        let error = #expect(throws: PutEventsFailure.self) { try partial.requireAllAccepted() }
        #expect(error?.description == "EventBridge refused 1 of 2 entries (entry 1: ThrottlingException slow down)")
    }

    @Test func queuePolicyLetsOnlyTheRuleSend() throws {
        let policy = EventBridgeClient.queuePolicy(queueARN: "arn:aws:sqs:us-east-1:123456789012:q", ruleARN: "arn:aws:events:us-east-1:123456789012:rule/b/r")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(policy.utf8)) as? [String: Any])
        let statement = try #require((doc["Statement"] as? [[String: Any]])?.first)
        #expect(statement["Action"] as? String == "sqs:SendMessage")
        #expect(statement["Resource"] as? String == "arn:aws:sqs:us-east-1:123456789012:q")
        #expect((statement["Principal"] as? [String: String])?["Service"] == "events.amazonaws.com")
        #expect(((statement["Condition"] as? [String: Any])?["ArnEquals"] as? [String: String])?["aws:SourceArn"] == "arn:aws:events:us-east-1:123456789012:rule/b/r")
    }
}
