import Synchronization
import VigilDetect

/// A channel's bounded queue of immediate deliveries. Adding never waits: when the queue is full the new alert is
/// dropped and counted, so a slow or failing receiver cannot back up into detection.
final class DeliveryQueue: Sendable {
    let stream: AsyncStream<Alert>
    private let continuation: AsyncStream<Alert>.Continuation

    init(capacity: Int) {
        (stream, continuation) = AsyncStream.makeStream(of: Alert.self, bufferingPolicy: .bufferingOldest(capacity))
    }

    /// Whether the alert was queued (false: full, or the notifier has shut down).
    func add(_ alert: Alert) -> Bool {
        if case .enqueued = continuation.yield(alert) { return true }
        return false
    }

    /// Lets the worker finish what is queued and stop.
    func finish() { continuation.finish() }
}
