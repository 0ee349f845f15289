import Foundation

extension EventBridgeClient {
    /// Wires `bus → rule(pattern) → queue`: creates or updates the rule, lets EventBridge send to the queue (the
    /// queue policy AWS requires, scoped to this rule), and targets the queue. Returns the rule's ARN.
    @discardableResult
    public func routeToQueue(eventBusName: String, ruleName: String, eventPattern: String, queueURL: String,
                             sqs: SQSClient) async throws -> String {
        let ruleARN = try await putRule(named: ruleName, eventBusName: eventBusName, eventPattern: eventPattern)
        guard let queueARN = try await sqs.queueAttributes(queueURL: queueURL, names: ["QueueArn"])["QueueArn"] else {
            throw AWSError(service: AWSService.sqs.displayName, operation: "GetQueueAttributes",
                           kind: .invalidResponse("no QueueArn for \(queueURL)"), statusCode: 200)
        }
        try await sqs.setQueueAttributes(queueURL: queueURL, ["Policy": Self.queuePolicy(queueARN: queueARN, ruleARN: ruleARN)])
        try await putTargets(rule: ruleName, eventBusName: eventBusName, targets: [(id: "vigil-sqs", arn: queueARN)])
        return ruleARN
    }

    /// Allows `events.amazonaws.com` to send to the queue only on behalf of this rule.
    public static func queuePolicy(queueARN: String, ruleARN: String) -> String {
        let policy: [String: Any] = [
            "Version": "2012-10-17",
            "Statement": [[
                "Sid": "AllowEventBridgeRule",
                "Effect": "Allow",
                "Principal": ["Service": "events.amazonaws.com"],
                "Action": "sqs:SendMessage",
                "Resource": queueARN,
                "Condition": ["ArnEquals": ["aws:SourceArn": ruleARN]],
            ]],
        ]
        let data = try! JSONSerialization.data(withJSONObject: policy, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The rule pattern for Okta's log stream: every System Log event from any Okta partner source.
    public static let oktaSystemLogPattern = #"{"source":[{"prefix":"aws.partner/okta.com/"}],"detail-type":["SystemLog"]}"#
}
