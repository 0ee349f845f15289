import AsyncHTTPClient
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigilDetect
import VigilEvent
import VigilSigma
import VigilStore

/// Sends alerts to the configured channels: high and critical at once, the rest in each channel's digest (as
/// routed per channel). Each channel has its own bounded queue and worker, so a failing channel neither blocks
/// detection (`notify` never waits) nor delays the others. Every attempt goes to the store's delivery log;
/// failures are retried with exponential backoff. Run it as a service (`run()`), which also sends digests when due.
public final class Notifier: Service, Sendable {
    /// A channel and what it is sent.
    public struct Route: Sendable {
        public var channel: any NotificationChannel
        public var routing: ChannelRouting
        public init(channel: any NotificationChannel, routing: ChannelRouting = ChannelRouting()) {
            self.channel = channel
            self.routing = routing
        }
    }

    let routes: [Route]
    let queues: [DeliveryQueue]
    let store: EventStore
    let retry: RetryPolicy
    let logger: Logger
    let statistics: Mutex<[String: ChannelStats]>
    let lastDigest: Mutex<[String: Timestamp]>
    let counters: [String: ChannelCounters]
    /// The HTTP client the channels send with, when the notifier owns it (see `init`).
    let client: HTTPClient?
    let clientShutDown = Atomic<Bool>(false)

    /// `owning` is the HTTP client the channels were made with, if the notifier is to own it: `run()` shuts it down
    /// once the last delivery has ended, so that when it returns no request or connection of its own is still in
    /// flight. (A request cancelled at shutdown leaves its connection being opened in the client's pool; with the
    /// process-wide shared client, that connection outlived the notifier and reached receivers that had gone.)
    public init(routes: [Route], store: EventStore, retry: RetryPolicy = RetryPolicy(), queueCapacity: Int = 1000,
                logger: Logger = Logger(label: "vigil.notify"), now: Timestamp = .now(), owning client: HTTPClient? = nil) {
        self.client = client
        self.routes = routes
        queues = routes.map { _ in DeliveryQueue(capacity: max(1, queueCapacity)) }
        self.store = store
        self.retry = retry
        self.logger = logger
        statistics = Mutex(Dictionary(uniqueKeysWithValues: routes.map { ($0.channel.name, ChannelStats()) }))
        lastDigest = Mutex(Dictionary(uniqueKeysWithValues: routes.map { ($0.channel.name, now) }))
        counters = Dictionary(uniqueKeysWithValues: routes.map { ($0.channel.name, ChannelCounters(channel: $0.channel.name)) })
    }

    /// Counts per channel name.
    public var stats: [String: ChannelStats] { statistics.withLock { $0 } }

    /// Hands alerts to the channels without waiting for any network: immediate ones are queued (dropped and
    /// counted when a queue is full), digest ones kept in the store for the channel's next digest. An alert sent
    /// at once leaves the channel's digest queue: an escalated alert supersedes its older, less severe version.
    public func notify(_ alerts: [Alert]) {
        for (route, queue) in zip(routes, queues) {
            var digest: [(id: String, document: String)] = [], superseded: [String] = []
            for alert in alerts {
                if route.routing.immediate.contains(alert.severity) {
                    if !queue.add(alert) { dropped(alert, route.channel.name) }
                    superseded.append(alert.id)
                } else if route.routing.digest.contains(alert.severity) {
                    digest.append((alert.id, alert.json))
                }
            }
            do {
                try store.queueForDigest(channel: route.channel.name, alerts: digest)
                if !superseded.isEmpty { try store.clearDigest(channel: route.channel.name, alertIds: superseded) }
            } catch {
                logger.error("cannot keep alerts for the digest", metadata: ["channel": "\(route.channel.name)", "error": "\(error)"])
            }
        }
    }

    /// An open alert became more severe (new evidence, a push-bombing followed by an accepted push): routed by
    /// its new severity like a new alert, its `why` saying what it was and why it rose. Called once per rise.
    public func notifyEscalation(_ alert: Alert, from previous: SigmaLevel) {
        var escalated = alert
        escalated.why = "Escalated from \(previous.rawValue) to \(alert.severity.rawValue): \(alert.why)"
        notify([escalated])
    }

    private func dropped(_ alert: Alert, _ channel: String) {
        statistics.withLock { $0[channel]?.dropped += 1 }
        counters[channel]?.dropped.increment()
        logger.warning("notification queue full: alert dropped", metadata: ["channel": "\(channel)", "alert": "\(alert.id)"])
        try? store.record(deliveries: [NotificationDelivery(channel: channel, alertId: alert.id, attempt: 0, status: .dropped,
                                                            error: "queue full")])
    }

    /// Delivers queued alerts and due digests until cancelled or, under a ServiceGroup, shut down gracefully
    /// (then what is queued is still delivered).
    public func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for (route, queue) in zip(routes, queues) {
                    group.addTask {
                        for await alert in queue.stream {
                            _ = await self.deliver([alert], to: route.channel, digest: false)
                        }
                    }
                }
                group.addTask { await self.digestLoop() }
            }
        } onGracefulShutdown: {
            for queue in self.queues { queue.finish() }
        }
        // Only now, with every worker done: shutting down waits for the pool's connections to close.
        if let client, !clientShutDown.exchange(true, ordering: .relaxed) {
            do {
                try await client.shutdown()
            } catch {
                logger.warning("HTTP client shutdown", metadata: ["error": "\(error)"])
            }
        }
    }

    deinit {
        // A notifier made but never run still releases its client.
        if let client, !clientShutDown.exchange(true, ordering: .relaxed) { client.shutdown { _ in } }
    }

    private func digestLoop() async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(30)) }
            guard !Task.isCancelled && !Task.isShuttingDownGracefully else { return }
            await sendDigest(now: .now())
        }
    }
}
