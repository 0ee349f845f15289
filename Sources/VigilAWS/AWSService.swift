/// What the JSON protocols need to know about a service: how it is signed, reached, and addressed.
public struct AWSService: Sendable, Hashable {
    /// SigV4 signing name and the first label of the regional endpoint.
    public var signingName: String
    /// Prefix of `X-Amz-Target` (`AmazonSQS.ReceiveMessage`).
    public var targetPrefix: String
    /// `application/x-amz-json-<version>`.
    public var jsonVersion: String
    /// For messages.
    public var displayName: String

    public init(signingName: String, targetPrefix: String, jsonVersion: String, displayName: String) {
        self.signingName = signingName
        self.targetPrefix = targetPrefix
        self.jsonVersion = jsonVersion
        self.displayName = displayName
    }

    public static let sqs = AWSService(signingName: "sqs", targetPrefix: "AmazonSQS", jsonVersion: "1.0", displayName: "SQS")
    public static let eventBridge = AWSService(signingName: "events", targetPrefix: "AWSEvents", jsonVersion: "1.1", displayName: "EventBridge")
}
