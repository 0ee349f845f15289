/// How an `SQSEventSource` reads its queue.
public struct SQSEventSourceConfiguration: Sendable {
    /// The integration (Okta org) whose log stream feeds the queue; events are stored as `<id>/eventbridge`.
    public var integrationID: String
    /// The queue an EventBridge rule targets.
    public var queueURL: String
    /// Messages per receive (1…10).
    public var maxMessages: Int
    /// Long-poll wait (0…20 s): a quiet queue costs one request per wait.
    public var waitSeconds: Int
    /// Seconds a received message stays hidden; nil uses the queue's setting. A message whose events could not
    /// be stored reappears after it.
    public var visibilityTimeout: Int?
    /// Pause after a failed receive or a failed store, doubling up to `maximumRetryDelay` while failures last.
    public var retryDelay: Duration
    public var maximumRetryDelay: Duration

    public init(integrationID: String, queueURL: String, maxMessages: Int = 10, waitSeconds: Int = 20,
                visibilityTimeout: Int? = nil, retryDelay: Duration = .seconds(1), maximumRetryDelay: Duration = .seconds(60)) {
        self.integrationID = integrationID
        self.queueURL = queueURL
        self.maxMessages = maxMessages
        self.waitSeconds = waitSeconds
        self.visibilityTimeout = visibilityTimeout
        self.retryDelay = retryDelay
        self.maximumRetryDelay = maximumRetryDelay
    }
}
