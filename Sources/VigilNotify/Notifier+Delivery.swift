import Foundation
import ServiceLifecycle
import VigilDetect
import VigilEvent
import VigilStore

extension Notifier {
    /// Sends each channel whose digest is due at `now` (its interval since its last digest), or within `ahead`
    /// seconds of it, the alerts waiting for it, channels in parallel; returns how many alerts went out. Alerts
    /// leave the queue only once delivered. The hourly analysis sends with `ahead` its own interval, so a digest
    /// that would fall due before its next run goes out with what this run found.
    @discardableResult
    public func sendDigest(now: Timestamp = .now(), ahead: Double = 0) async -> Int {
        // Taking the due channels and marking them sent happen under one lock, so two callers never both send.
        let due = lastDigest.withLock { last in
            routes.filter { route in
                guard !route.routing.digest.isEmpty,
                      (last[route.channel.name] ?? now).adding(seconds: route.routing.digestInterval.seconds) <= now.adding(seconds: ahead) else {
                    return false
                }
                last[route.channel.name] = now
                return true
            }
        }
        return await withTaskGroup(of: Int.self) { group in
            for route in due {
                group.addTask { await self.sendDigest(route.channel) }
            }
            return await group.reduce(0, +)
        }
    }

    private func sendDigest(_ channel: any NotificationChannel) async -> Int {
        let pending: [(id: String, document: String)]
        do {
            pending = try store.pendingDigest(channel: channel.name)
        } catch {
            logger.error("cannot read the digest queue", metadata: ["channel": "\(channel.name)", "error": "\(error)"])
            return 0
        }
        let decoder = JSONDecoder()
        let alerts = pending.compactMap { try? decoder.decode(Alert.self, from: Data($0.document.utf8)) }
        guard !alerts.isEmpty, await deliver(alerts, to: channel, digest: true) else { return 0 }
        do {
            try store.clearDigest(channel: channel.name, alertIds: pending.map(\.id))
        } catch {
            logger.error("cannot clear the digest queue", metadata: ["channel": "\(channel.name)", "error": "\(error)"])
        }
        return alerts.count
    }

    /// Tries to deliver, with retries and backoff, logging every attempt; whether it was delivered.
    func deliver(_ alerts: [Alert], to channel: any NotificationChannel, digest: Bool) async -> Bool {
        for attempt in 1...retry.attempts {
            do {
                if digest { try await channel.sendDigest(alerts) } else { try await channel.send(alerts[0]) }
                statistics.withLock { $0[channel.name]?.delivered += alerts.count }
                counters[channel.name]?.delivered.increment(by: alerts.count)
                log(alerts, channel.name, attempt, .delivered, nil)
                return true
            } catch {
                let failure = error as? DeliveryError ?? DeliveryError(String(describing: error), retryable: true)
                // Shutting down, an alert gets one attempt: retries would hold the shutdown for minutes.
                let last = attempt == retry.attempts || !failure.retryable || Task.isCancelled || Task.isShuttingDownGracefully
                log(alerts, channel.name, attempt, last ? .failed : .retrying, failure.message)
                if last {
                    statistics.withLock { $0[channel.name]?.failed += alerts.count }
                    counters[channel.name]?.failed.increment(by: alerts.count)
                    logger.error("notification not delivered", metadata: [
                        "channel": "\(channel.name)", "attempts": "\(attempt)", "alerts": "\(alerts.count)", "error": "\(failure.message)"])
                    return false
                }
                statistics.withLock { $0[channel.name]?.retried += alerts.count }
                logger.notice("notification failed, retrying", metadata: ["channel": "\(channel.name)", "attempt": "\(attempt)", "error": "\(failure.message)"])
                // A receiver's Retry-After is honoured up to the policy's longest backoff.
                let delay = max(retry.delay(after: attempt), min(failure.retryAfter ?? 0, retry.maxBackoff.seconds))
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(delay)) }
            }
        }
        return false
    }

    private func log(_ alerts: [Alert], _ channel: String, _ attempt: Int, _ status: NotificationDelivery.Status, _ error: String?) {
        let now = Timestamp.now()
        do {
            try store.record(deliveries: alerts.map {
                NotificationDelivery(channel: channel, alertId: $0.id, attempt: attempt, status: status, error: error, at: now)
            })
        } catch {
            logger.error("cannot write the delivery log", metadata: ["channel": "\(channel)", "error": "\(error)"])
        }
    }
}
