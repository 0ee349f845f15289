import Foundation
import Testing
import VigilAWS
import VigilAWSTesting

/// SQS's JSON protocol against a real AWS-compatible server (moto).
@Suite(.enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct SQSClientTests {
    @Test func sendsReceivesAndDeletesMessages() async throws {
        let sqs = SQSClient(aws: try AWSTestServer.client())
        let name = AWSTestServer.uniqueName("vigil-sqs")
        let url = try await sqs.createQueue(named: name, attributes: ["VisibilityTimeout": "30"])
        #expect(try await sqs.queueURL(named: name) == url)
        let sent = try await [sqs.sendMessage(queueURL: url, body: #"{"n":1}"#), sqs.sendMessage(queueURL: url, body: "two")]

        var received: [SQSMessage] = []
        for _ in 0..<5 where received.count < 2 {
            received += try await sqs.receiveMessages(queueURL: url, maxMessages: 10, waitSeconds: 1)
        }
        #expect(Set(received.map(\.messageID)) == Set(sent))
        #expect(Set(received.map(\.body)) == [#"{"n":1}"#, "two"])
        #expect(received.allSatisfy { $0.receiveCount == 1 })

        let attributes = try await sqs.queueAttributes(queueURL: url)
        #expect(attributes["QueueArn"]?.hasSuffix(":\(name)") == true)
        #expect(attributes["ApproximateNumberOfMessagesNotVisible"] == "2")

        let result = try await sqs.deleteMessages(queueURL: url, received)
        #expect(Set(result.deleted) == Set(sent) && result.failed.isEmpty)
        #expect(try await sqs.queueAttributes(queueURL: url, names: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
                == ["ApproximateNumberOfMessages": "0", "ApproximateNumberOfMessagesNotVisible": "0"])
    }

    @Test func reportsEachEntryADeleteRefuses() async throws {
        let sqs = SQSClient(aws: try AWSTestServer.client())
        let url = try await sqs.createQueue(named: AWSTestServer.uniqueName("vigil-sqs"))
        try await sqs.sendMessage(queueURL: url, body: "kept")
        let good = try #require(try await sqs.receiveMessages(queueURL: url, waitSeconds: 1).first)
        let bogus = SQSMessage(messageID: "not-a-message", receiptHandle: "not-a-receipt-handle", body: "")
        let result = try await sqs.deleteMessages(queueURL: url, [bogus, good])
        #expect(result.deleted == [good.messageID])
        #expect(result.failed.map(\.messageID) == ["not-a-message"])
        #expect(result.failed.first?.code.isEmpty == false)
    }

    @Test func deletesMoreThanTenInBatches() async throws {
        let sqs = SQSClient(aws: try AWSTestServer.client())
        let url = try await sqs.createQueue(named: AWSTestServer.uniqueName("vigil-sqs"))
        for i in 0..<23 { try await sqs.sendMessage(queueURL: url, body: "m\(i)") }
        var received: [SQSMessage] = []
        for _ in 0..<10 where received.count < 23 {
            received += try await sqs.receiveMessages(queueURL: url, maxMessages: 10, waitSeconds: 1)
        }
        #expect(received.count == 23)
        let result = try await sqs.deleteMessages(queueURL: url, received)
        #expect(result.deleted.count == 23 && result.failed.isEmpty)
    }

    @Test func namesTheServiceErrorClearly() async throws {
        let sqs = SQSClient(aws: try AWSTestServer.client())
        let error = await #expect(throws: AWSError.self) {
            _ = try await sqs.queueURL(named: AWSTestServer.uniqueName("missing"))
        }
        #expect(error?.statusCode == 400)
        #expect(error?.code?.contains("NonExistentQueue") == true || error?.code == "QueueDoesNotExist")
        #expect(error?.isRetryable == false)
        #expect(error?.description.hasPrefix("SQS GetQueueUrl failed: HTTP 400") == true)
    }

    @Test func longPollWaitsAndReturnsNothingOnAQuietQueue() async throws {
        let sqs = SQSClient(aws: try AWSTestServer.client())
        let url = try await sqs.createQueue(named: AWSTestServer.uniqueName("vigil-sqs"))
        let start = ContinuousClock.now
        let messages = try await sqs.receiveMessages(queueURL: url, waitSeconds: 2)
        #expect(messages.isEmpty)
        #expect(ContinuousClock.now - start >= .milliseconds(1500))
    }

    @Test func reportsAnUnreachableEndpointAfterRetrying() async throws {
        // The discard port: nothing listens on it here.
        let aws = AWSClient(credentials: AWSCredentials(accessKeyID: "a", secretAccessKey: "b"), region: "us-east-1",
                            endpoint: URL(string: "http://127.0.0.1:9/")!, timeout: .seconds(1),
                            retry: AWSRetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(10)))
        let error = await #expect(throws: AWSError.self) {
            _ = try await SQSClient(aws: aws).queueURL(named: "q")
        }
        if case .transport = error?.kind {} else { Issue.record("expected a transport error, got \(String(describing: error))") }
    }
}
