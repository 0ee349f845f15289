/// A message as `ReceiveMessage` returns it.
public struct SQSMessage: Sendable, Hashable, Decodable {
    public var messageID: String
    /// Needed to delete the message; valid until its visibility timeout ends.
    public var receiptHandle: String
    public var body: String
    public var attributes: [String: String]

    public init(messageID: String, receiptHandle: String, body: String, attributes: [String: String] = [:]) {
        self.messageID = messageID
        self.receiptHandle = receiptHandle
        self.body = body
        self.attributes = attributes
    }

    /// How many times SQS has handed this message out, this time included (when it was asked for).
    public var receiveCount: Int? { attributes["ApproximateReceiveCount"].flatMap { Int($0) } }

    enum CodingKeys: String, CodingKey {
        case messageID = "MessageId", receiptHandle = "ReceiptHandle", body = "Body", attributes = "Attributes"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try c.decode(String.self, forKey: .messageID)
        receiptHandle = try c.decode(String.self, forKey: .receiptHandle)
        body = try c.decodeIfPresent(String.self, forKey: .body) ?? ""
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }
}

/// The outcome of deleting messages: which were deleted and which were not, with SQS's reason.
public struct SQSDeleteResult: Sendable, Equatable {
    public var deleted: [String] = []
    public var failed: [SQSEntryFailure] = []

    public init(deleted: [String] = [], failed: [SQSEntryFailure] = []) {
        self.deleted = deleted
        self.failed = failed
    }
}

/// One entry of a batch call that SQS refused.
public struct SQSEntryFailure: Sendable, Equatable, CustomStringConvertible {
    public var messageID: String
    public var code: String
    public var message: String
    /// True when the request was at fault (such as an expired receipt handle), so retrying it will not help.
    public var senderFault: Bool

    public var description: String { "message \(messageID): \(code)\(message.isEmpty ? "" : ": \(message)")" }
}

// The wire shapes, named as SQS names its members.

struct ReceiveMessageInput: Encodable {
    var QueueUrl: String
    var MaxNumberOfMessages: Int
    var WaitTimeSeconds: Int
    var VisibilityTimeout: Int?
    var MessageSystemAttributeNames: [String]
    var AttributeNames: [String]
}

struct ReceiveMessageOutput: Decodable {
    var Messages: [SQSMessage]?
}

struct DeleteEntry: Encodable {
    var Id: String
    var ReceiptHandle: String
}

struct DeleteMessageBatchInput: Encodable {
    var QueueUrl: String
    var Entries: [DeleteEntry]
}

struct DeleteMessageBatchOutput: Decodable {
    struct Success: Decodable { var Id: String }
    struct Failure: Decodable {
        var Id: String
        var Code: String
        var Message: String?
        var SenderFault: Bool?
    }
    var Successful: [Success]?
    var Failed: [Failure]?
}

struct QueueURLOutput: Decodable { var QueueUrl: String }

struct CreateQueueInput: Encodable {
    var QueueName: String
    var Attributes: [String: String]?
}

struct SendMessageOutput: Decodable { var MessageId: String }

struct GetQueueAttributesInput: Encodable {
    var QueueUrl: String
    var AttributeNames: [String]
}

struct GetQueueAttributesOutput: Decodable { var Attributes: [String: String]? }

struct SetQueueAttributesInput: Encodable {
    var QueueUrl: String
    var Attributes: [String: String]
}

/// For operations that answer `{}`.
struct EmptyOutput: Decodable {}
