import Foundation
import Logging
import Synchronization
import VigilAWS
import VigilEvent

/// Okta's log stream as it reaches Vigil through AWS: Okta puts each System Log event on an EventBridge partner
/// bus, a rule sends it to an SQS queue, and this source long-polls that queue.
///
/// Messages are deleted only after their events are committed by the sink (or, for a message that cannot be
/// read, after it is recorded as a dead letter), so a crash or a failing store loses nothing: unacknowledged
/// messages reappear after their visibility timeout and the store ignores the events it already has.
///
/// The AWS identity needs only `sqs:ReceiveMessage` and `sqs:DeleteMessage` on the queue. Give the queue a
/// redrive policy of its own if you want SQS to set aside messages that keep failing for reasons other than
/// their content (those are retried here until the store takes them).
public final class SQSEventSource: Sendable {
    public let configuration: SQSEventSourceConfiguration
    let sqs: SQSClient
    let sink: any EventSink
    let deadLetters: any DeadLetterSink
    let logger: Logger
    let plan: FieldPlan
    let state = Mutex(SQSEventSourceStatus())

    /// Events are indexed with `plan`: the sink's detection plan saves detection a second scan of every event.
    public init(configuration: SQSEventSourceConfiguration, sqs: SQSClient, sink: any EventSink, deadLetters: any DeadLetterSink,
                plan: FieldPlan = .standard, logger: Logger = Logger(label: "vigil.ingest.eventbridge")) {
        self.plan = plan
        self.configuration = configuration
        self.sqs = sqs
        self.sink = sink
        self.deadLetters = deadLetters
        var logger = logger
        logger[metadataKey: "integration"] = "\(configuration.integrationID)"
        logger[metadataKey: "queue"] = "\(configuration.queueURL)"
        self.logger = logger
    }

    /// A snapshot of the counters.
    public var status: SQSEventSourceStatus { state.withLock { $0 } }

    /// The store's source label for this source's events and dead letters.
    public var sourceLabel: String { IngestBatch(integrationID: configuration.integrationID, path: .eventBridge, events: []).source }

    /// Polls until the task is cancelled. A batch already received is finished (stored, then deleted) before
    /// returning; a receive in flight is abandoned, and its messages reappear after their visibility timeout.
    public func run() async {
        logger.info("Reading Okta's log stream from SQS")
        var failures = 0
        while !Task.isCancelled {
            let messages: [SQSMessage]
            do {
                messages = try await sqs.receiveMessages(queueURL: configuration.queueURL, maxMessages: configuration.maxMessages,
                                                         waitSeconds: configuration.waitSeconds, visibilityTimeout: configuration.visibilityTimeout)
            } catch {
                if Task.isCancelled { break }
                noteError("receiving from SQS failed: \(error)")
                failures += 1
                guard await pause(after: failures) else { break }
                continue
            }
            if messages.isEmpty { continue }
            // A separate task is not cancelled with this one, so shutdown waits for the batch to be acknowledged.
            let handled = await Task { await self.handle(messages) }.value
            failures = handled ? 0 : failures + 1
            if !handled, !(await pause(after: failures)) { break }
        }
        logger.info("Stopped reading Okta's log stream", metadata: ["status": "\(status)"])
    }

    /// Waits before the next try; false when cancelled meanwhile.
    private func pause(after failures: Int) async -> Bool {
        let policy = AWSRetryPolicy(baseDelay: configuration.retryDelay, maximumDelay: configuration.maximumRetryDelay)
        let delay = policy.steadyDelay(beforeRetry: failures - 1)
        do {
            try await Task.sleep(for: delay)
            return true
        } catch {
            return false
        }
    }

    func noteError(_ message: String) {
        logger.error("\(message)")
        state.withLock {
            $0.lastError = message
            $0.lastErrorAt = Date()
        }
    }
}
