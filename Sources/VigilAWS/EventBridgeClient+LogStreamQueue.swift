extension EventBridgeClient {
    /// Wires a fresh bus to a fresh SQS queue the way an operator prepares AWS for Okta's log stream: creates the
    /// bus and the queue, and routes Okta's System Log events from the bus to the queue with a rule (see
    /// `routeToQueue`). Returns the queue's URL, which Vigil's EventBridge source reads.
    ///
    /// In AWS the bus is the partner bus named after the log stream's source; local AWS-compatible servers (moto)
    /// refuse `/` in bus names, so there `bus` is a plain name and the log stream's deliveries are mapped onto it.
    public func makeLogStreamQueue(bus: String, queue: String, rule: String, sqs: SQSClient, visibilityTimeout: Int = 30) async throws -> String {
        _ = try await createEventBus(named: bus)
        let queueURL = try await sqs.createQueue(named: queue, attributes: ["VisibilityTimeout": "\(visibilityTimeout)"])
        try await routeToQueue(eventBusName: bus, ruleName: rule, eventPattern: Self.oktaSystemLogPattern, queueURL: queueURL, sqs: sqs)
        return queueURL
    }
}
