/// Amazon SQS over its JSON protocol (`application/x-amz-json-1.0`, `X-Amz-Target: AmazonSQS.<Operation>`).
public struct SQSClient: Sendable {
    public let aws: AWSClient

    public init(aws: AWSClient) { self.aws = aws }

    /// SQS's own limits on a receive.
    public static let maximumWaitSeconds = 20
    public static let maximumMessagesPerReceive = 10
    public static let maximumEntriesPerBatch = 10

    /// Long-polls for up to `maxMessages` (1…10) messages, waiting up to `waitSeconds` (0…20) for the first.
    /// Each message carries its `ApproximateReceiveCount`.
    public func receiveMessages(queueURL: String, maxMessages: Int = 10, waitSeconds: Int = 20,
                                visibilityTimeout: Int? = nil) async throws -> [SQSMessage] {
        let input = ReceiveMessageInput(
            QueueUrl: queueURL,
            MaxNumberOfMessages: min(max(maxMessages, 1), Self.maximumMessagesPerReceive),
            WaitTimeSeconds: min(max(waitSeconds, 0), Self.maximumWaitSeconds),
            VisibilityTimeout: visibilityTimeout,
            // The first is today's name; the second is what older servers read. SQS accepts both.
            MessageSystemAttributeNames: ["ApproximateReceiveCount", "SentTimestamp"],
            AttributeNames: ["ApproximateReceiveCount", "SentTimestamp"])
        let output = try await aws.call(.sqs, "ReceiveMessage", input, returning: ReceiveMessageOutput.self,
                                        extraTimeout: .seconds(input.WaitTimeSeconds))
        return output.Messages ?? []
    }

    /// Deletes received messages by receipt handle, in batches of ten. A failed entry does not fail the call:
    /// the result says which messages were deleted and why the others were not.
    public func deleteMessages(queueURL: String, _ messages: [SQSMessage]) async throws -> SQSDeleteResult {
        var result = SQSDeleteResult()
        for start in stride(from: 0, to: messages.count, by: Self.maximumEntriesPerBatch) {
            let batch = Array(messages[start..<min(start + Self.maximumEntriesPerBatch, messages.count)])
            // Entry ids must be unique within a call and only [A-Za-z0-9_-]: the position serves.
            let entries = batch.enumerated().map { DeleteEntry(Id: "m\($0.offset)", ReceiptHandle: $0.element.receiptHandle) }
            let output = try await aws.call(.sqs, "DeleteMessageBatch", DeleteMessageBatchInput(QueueUrl: queueURL, Entries: entries),
                                            returning: DeleteMessageBatchOutput.self)
            for ok in output.Successful ?? [] {
                if let i = Self.index(ok.Id) { result.deleted.append(batch[i].messageID) }
            }
            for failed in output.Failed ?? [] {
                guard let i = Self.index(failed.Id) else { continue }
                result.failed.append(SQSEntryFailure(messageID: batch[i].messageID, code: failed.Code,
                                                     message: failed.Message ?? "", senderFault: failed.SenderFault ?? false))
            }
        }
        return result
    }

    private static func index(_ id: String) -> Int? { Int(id.dropFirst()) }

    public func queueURL(named name: String) async throws -> String {
        try await aws.call(.sqs, "GetQueueUrl", ["QueueName": name], returning: QueueURLOutput.self).QueueUrl
    }

    /// Creates the queue (or returns the existing one with the same attributes). `attributes` are SQS's, such as
    /// `VisibilityTimeout` or `Policy`.
    public func createQueue(named name: String, attributes: [String: String] = [:]) async throws -> String {
        try await aws.call(.sqs, "CreateQueue", CreateQueueInput(QueueName: name, Attributes: attributes.isEmpty ? nil : attributes),
                           returning: QueueURLOutput.self).QueueUrl
    }

    /// Sends one message; returns its id.
    @discardableResult
    public func sendMessage(queueURL: String, body: String) async throws -> String {
        try await aws.call(.sqs, "SendMessage", ["QueueUrl": queueURL, "MessageBody": body], returning: SendMessageOutput.self).MessageId
    }

    /// Reads queue attributes (`QueueArn`, `ApproximateNumberOfMessages`, …); `["All"]` reads every one.
    public func queueAttributes(queueURL: String, names: [String] = ["All"]) async throws -> [String: String] {
        try await aws.call(.sqs, "GetQueueAttributes", GetQueueAttributesInput(QueueUrl: queueURL, AttributeNames: names),
                           returning: GetQueueAttributesOutput.self).Attributes ?? [:]
    }

    public func setQueueAttributes(queueURL: String, _ attributes: [String: String]) async throws {
        _ = try await aws.call(.sqs, "SetQueueAttributes", SetQueueAttributesInput(QueueUrl: queueURL, Attributes: attributes),
                               returning: EmptyOutput.self)
    }
}
