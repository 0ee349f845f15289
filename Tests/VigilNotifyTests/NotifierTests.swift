import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import ServiceLifecycle
import Testing
import VigilDetect
import VigilEvent
import VigilSigma
import VigilStore
@testable import VigilNotify
import VigilNotifyTesting

/// The notifier against real receivers on 127.0.0.1.
@Suite struct NotifierTests {
    static let fast = RetryPolicy(attempts: 4, initialBackoff: .init(seconds: 0.05), maxBackoff: .init(seconds: 0.2))

    /// Runs `body` with a running notifier whose channels send with its own HTTP client (`routes` makes them with
    /// it), then stops it and waits until it has: its client is shut down, so no request or connection of this
    /// test still reaches a receiver when the test stops them.
    func withNotifier(_ routes: (HTTPClient) -> [Notifier.Route], retry: RetryPolicy = fast, capacity: Int = 100, now: Timestamp = .now(),
                      _ body: (Notifier, EventStore) async throws -> Void) async throws {
        let store = try NotifyFixtures.store()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let notifier = Notifier(routes: routes(client), store: store, retry: retry, queueCapacity: capacity, now: now, owning: client)
        let running = Task { try await notifier.run() }
        var failure: (any Error)?
        do { try await body(notifier, store) } catch { failure = error }
        running.cancel()
        _ = await running.result
        if let failure { throw failure }
    }

    @Test func webhookIsSignedAndRetriedAfter5xx() async throws {
        let receiver = try await HTTPReceiver(script: [500, 503])
        defer { receiver.stop() }
        let key = Secret("test-key-\(UUID())")
        let alert = NotifyFixtures.alert(1, severity: .critical)
        try await withNotifier({ [.init(channel: WebhookChannel(name: "hook", url: Secret(receiver.url), key: key, client: $0))] }) { notifier, store in
            notifier.notify([alert])
            #expect(await eventually { await receiver.received.count == 3 })
            let requests = await receiver.received
            #expect(requests.map(\.status) == [500, 503, 200])
            let last = try #require(requests.last)
            #expect(last.body == Array(alert.json.utf8))
            #expect(last.headers["x-vigil-event"] == "alert")
            // Verified independently of WebhookSignature: HMAC-SHA256 over "<timestamp>.<body>".
            let timestamp = try #require(last.headers["x-vigil-timestamp"])
            #expect(abs(Double(timestamp)! - Date().timeIntervalSince1970) < 60)
            let mac = HMAC<SHA256>.authenticationCode(for: Array("\(timestamp).".utf8) + last.body, using: SymmetricKey(data: Array(key.value.utf8)))
            #expect(last.headers["x-vigil-signature"] == "sha256=" + mac.map { String(format: "%02x", $0) }.joined())
            #expect(WebhookSignature.verify(body: last.body, timestamp: timestamp, signature: last.headers["x-vigil-signature"]!, key: key))
            #expect(!WebhookSignature.verify(body: last.body + [32], timestamp: timestamp, signature: last.headers["x-vigil-signature"]!, key: key))
            #expect(!WebhookSignature.verify(body: last.body, timestamp: String(Int(timestamp)! - 3600),
                                             signature: last.headers["x-vigil-signature"]!, key: key), "replayed later")
            #expect(await eventually { (try? store.deliveries(alertId: alert.id).count) == 3 })
            let log = try store.deliveries(alertId: alert.id).reversed().map { "\($0.attempt) \($0.status.rawValue) \($0.error ?? "")" }
            #expect(log == ["1 retrying HTTP 500", "2 retrying HTTP 503", "3 delivered "])
            #expect(await eventually { notifier.stats["hook"] == ChannelStats(delivered: 1, retried: 2) })
        }
    }

    @Test func clientErrorsAreNotRetriedAndSecretsStayOutOfTheLog() async throws {
        let receiver = try await HTTPReceiver(script: [404])
        defer { receiver.stop() }
        let url = receiver.url + "?token=very-secret"
        try await withNotifier({ [.init(channel: SlackChannel(name: "slack", url: Secret(url), uiBaseURL: nil, client: $0))] }) { notifier, store in
            notifier.notify([NotifyFixtures.alert(2)])
            #expect(await eventually { notifier.stats["slack"]?.failed == 1 })
            #expect(await receiver.received.count == 1)
            let log = try store.deliveries(channel: "slack")
            #expect(log.map(\.status) == [.failed] && log[0].error?.hasPrefix("HTTP 404") == true)
        }
        // An unreachable receiver's error names no URL (AHC retries connecting until the timeout, kept short here).
        try await withNotifier({ [.init(channel: WebhookChannel(name: "down", url: Secret("http://127.0.0.1:1/very-secret"), key: nil, client: $0, timeout: 1))] },
                               retry: RetryPolicy(attempts: 1)) { notifier, store in
            notifier.notify([NotifyFixtures.alert(3)])
            #expect(await eventually { notifier.stats["down"]?.failed == 1 })
            let error = try #require(try store.deliveries(channel: "down").first?.error)
            #expect(!error.contains("very-secret"))
        }
    }

    @Test func aRateLimitedReceiverIsGivenTheTimeItAsksFor() async throws {
        let receiver = try await HTTPReceiver(script: [429])
        defer { receiver.stop() }
        let policy = RetryPolicy(attempts: 3, initialBackoff: .init(seconds: 0.05), maxBackoff: .init(seconds: 2))
        try await withNotifier({ [.init(channel: SlackChannel(name: "slack", url: Secret(receiver.url), uiBaseURL: nil, client: $0))] }, retry: policy) { notifier, _ in
            notifier.notify([NotifyFixtures.alert(1)])
            #expect(await eventually { await receiver.received.count == 2 })
            let requests = await receiver.received
            #expect(requests.map(\.status) == [429, 200])
            // The policy alone would wait 0.05 s; the receiver asked for 1 s (within the policy's longest backoff).
            #expect(requests[1].at.timeIntervalSince(requests[0].at) >= 0.95)
        }
    }

    @Test func slackGetsAReadableBlockKitMessage() async throws {
        let receiver = try await HTTPReceiver()
        defer { receiver.stop() }
        let alert = NotifyFixtures.alert(1, severity: .high, why: "actor <b>&co</b> signed in")
        try await withNotifier({ [.init(channel: SlackChannel(name: "slack", url: Secret(receiver.url), uiBaseURL: "https://vigil.example.com/",
                                                              client: $0))] }) { notifier, _ in
            notifier.notify([alert])
            #expect(await eventually { await receiver.received.count == 1 })
            let body = try #require(await receiver.received.first?.body)
            let message = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            let blocks = try #require(message["blocks"] as? [[String: Any]])
            #expect(blocks.map { $0["type"] as? String } == ["header", "section", "section", "context", "actions"])
            #expect((blocks[0]["text"] as? [String: Any])?["text"] as? String == "High: Suspicious sign-in 1")
            #expect((blocks[1]["text"] as? [String: Any])?["text"] as? String == "actor &lt;b&gt;&amp;co&lt;/b&gt; signed in")
            let fields = (blocks[2]["fields"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
            #expect(fields.contains { $0.hasPrefix("*Severity*") && $0.hasSuffix("high") })
            #expect(fields.contains("*Entity*\nuser1@example.com (User)"))
            #expect(fields.contains("*Evidence*\n2 events"))
            let button = (blocks[4]["elements"] as? [[String: Any]])?.first
            #expect(button?["url"] as? String == "https://vigil.example.com/alerts/alert-1")
            #expect((message["text"] as? String)?.contains("Suspicious sign-in 1") == true)
        }
    }

    @Test func syslogOverTCPAndUDPCarriesRFC5424WithStructuredData() async throws {
        let tcp = try await SyslogListener(udp: false), udp = try await SyslogListener(udp: true)
        defer { tcp.stop(); udp.stop() }
        let routes: [Notifier.Route] = [
            .init(channel: SyslogChannel(name: "siem-tcp", host: "127.0.0.1", port: tcp.port, transport: .tcp, hostname: "vigil-test")),
            .init(channel: SyslogChannel(name: "siem-udp", host: "127.0.0.1", port: udp.port, transport: .udp, hostname: "vigil-test")),
        ]
        try await withNotifier({ _ in routes }) { notifier, _ in
            notifier.notify([NotifyFixtures.alert(1, severity: .critical), NotifyFixtures.alert(2, severity: .high)])
            #expect(await eventually { tcp.received.count == 2 && udp.received.count == 2 })
        }
        let pattern = /<(\d+)>1 (\S+) vigil-test vigil (\d+) alert \[vigil@32473 id="([^"]+)" rule="([^"]+)" .*severity="(\w+)".*\] \x{FEFF}(.+)/
        for messages in [tcp.received, udp.received] {
            let parsed = messages.compactMap { try? pattern.wholeMatch(in: $0)?.output }
            #expect(parsed.count == 2)
            #expect(Set(parsed.map { "\($0.1) \($0.4) \($0.5) \($0.6)" }) == ["82 alert-1 rule-1 critical", "83 alert-2 rule-2 high"])
            #expect(parsed.allSatisfy { Timestamp(iso8601: String($0.2)) != nil && $0.7.hasPrefix("Suspicious sign-in") })
        }
    }

    @Test func aFailingChannelDoesNotHoldUpTheOthers() async throws {
        let good = try await HTTPReceiver(), broken = try await HTTPReceiver(script: Array(repeating: 500, count: 100))
        defer { good.stop(); broken.stop() }
        let slow = RetryPolicy(attempts: 3, initialBackoff: .init(seconds: 2), maxBackoff: .init(seconds: 4))
        let routes = { (client: HTTPClient) -> [Notifier.Route] in [
            .init(channel: WebhookChannel(name: "broken", url: Secret(broken.url), key: nil, client: client)),
            .init(channel: WebhookChannel(name: "good", url: Secret(good.url), key: nil, client: client)),
        ] }
        try await withNotifier(routes, retry: slow) { notifier, store in
            let started = Date()
            notifier.notify((1...5).map { NotifyFixtures.alert($0) })
            // Waiting for the broken receiver would take its whole retry schedule (6 s).
            #expect(Date().timeIntervalSince(started) < 2, "notify does not wait for any receiver")
            #expect(await eventually { await good.received.count == 5 })
            // All five reached the good receiver while the broken one is still retrying its first alert (6 s of backoff).
            #expect(notifier.stats["broken"] == ChannelStats(retried: notifier.stats["broken"]?.retried ?? 0))
            #expect(await eventually { notifier.stats["broken"]?.failed ?? 0 >= 1 })
            let log = try store.deliveries(channel: "broken")
            #expect(log.contains { $0.status == .failed && $0.attempt == 3 })
        }
    }

    @Test func aFullQueueDropsAndCountsWithoutWaiting() async throws {
        let broken = try await HTTPReceiver(script: Array(repeating: 503, count: 100))
        defer { broken.stop() }
        let slow = RetryPolicy(attempts: 2, initialBackoff: .init(seconds: 1), maxBackoff: .init(seconds: 1))
        try await withNotifier({ [.init(channel: WebhookChannel(name: "broken", url: Secret(broken.url), key: nil, client: $0))] },
                               retry: slow, capacity: 2) { notifier, store in
            let started = Date()
            notifier.notify((1...8).map { NotifyFixtures.alert($0) })
            #expect(Date().timeIntervalSince(started) < 1, "notify does not wait for the retries")
            // One in flight at most, two waiting: at least five dropped.
            let dropped = notifier.stats["broken"]?.dropped ?? 0
            #expect(dropped >= 5 && dropped <= 6)
            let log = try store.deliveries(channel: "broken")
            #expect(log.filter { $0.status == .dropped }.count == dropped)
        }
    }

    @Test func digestsCollectTheRestAndGoOutWhenDue() async throws {
        let receiver = try await HTTPReceiver(script: [500, 500, 500, 500])
        defer { receiver.stop() }
        let start = Timestamp.now()
        try await withNotifier({ [.init(channel: WebhookChannel(name: "hook", url: Secret(receiver.url), key: Secret("k"), client: $0))] },
                               now: start) { notifier, store in
            notifier.notify([NotifyFixtures.alert(1, severity: .medium), NotifyFixtures.alert(2, severity: .low),
                             NotifyFixtures.alert(3, severity: .informational)])
            #expect(try store.pendingDigest(channel: "hook").count == 3)
            #expect(await notifier.sendDigest(now: start.adding(seconds: 1800)) == 0, "not due yet")
            // Due, but the receiver fails every attempt: the alerts stay queued for the next digest.
            #expect(await notifier.sendDigest(now: start.adding(seconds: 3601)) == 0)
            #expect(try store.pendingDigest(channel: "hook").count == 3)
            #expect(await notifier.sendDigest(now: start.adding(seconds: 7202)) == 3)
            #expect(try store.pendingDigest(channel: "hook").isEmpty)
            let last = try #require(await receiver.received.last)
            #expect(last.headers["x-vigil-event"] == "digest")
            let digest = try #require(try JSONSerialization.jsonObject(with: Data(last.body)) as? [String: Any])
            #expect(digest["type"] as? String == "digest" && digest["count"] as? Int == 3)
            #expect((digest["alerts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["alert-1", "alert-2", "alert-3"])
        }
        #expect(await receiver.received.count == 5)
    }

    @Test func gracefulShutdownDeliversWhatIsQueuedThenStops() async throws {
        let receiver = try await HTTPReceiver()
        defer { receiver.stop() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let notifier = Notifier(routes: [.init(channel: WebhookChannel(name: "hook", url: Secret(receiver.url), key: nil, client: client))],
                                store: try NotifyFixtures.store(), retry: Self.fast, owning: client)
        let group = ServiceGroup(services: [notifier], gracefulShutdownSignals: [], logger: Logger(label: "test"))
        notifier.notify((1...20).map { NotifyFixtures.alert($0) })
        let running = Task { try await group.run() }
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(await receiver.received.count == 20)
        #expect(notifier.stats["hook"]?.delivered == 20)
    }
}
