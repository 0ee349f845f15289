import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization
import VigilConfig
import VigilDetect
import VigilEvent
import VigilIngest
import VigilServer

/// Event Hook deliveries against the real service in-process on 127.0.0.1: ack latency under a fixed arrival rate
/// (open loop, so a slow server cannot slow the load down), and the time from delivery to stored alert.
struct HookBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Hook deliveries/s, ack latency p50/p99 and delivery → stored alert latency, against the in-process service.")

    @Option(help: "Deliveries to send.") var requests = 3_000
    @Option(help: "Deliveries per second (open loop).") var rate = 300.0
    @Option(help: "Events per delivery.") var batch = 50
    @Option(help: "Every Nth delivery carries one event that a managed rule alerts on.") var alertEvery = 10
    @Option(help: "Most events the pipeline writes in one transaction (the service's default: 20,000).")
    var maxEventsPerCommit = IngestPipeline.Options().maxEventsPerCommit
    @Option(help: "Most deliveries in flight at once (Okta's own concurrency is modest).") var maxInFlight = 256
    @Option(help: "Seconds of sending reported apart as a new store's warm-up (compression dictionary, first terms and baselines).")
    var warmupSeconds = 6.0

    func run() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-hooks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let alerts = AlertClock()
        var components = VigilService.Components()
        components.environment = ["BENCH_HOOK_SECRET": "bench-secret"]
        components.alertSinks = [alerts]
        components.pipelineOptions.maxEventsPerCommit = maxEventsPerCommit
        let integration = IntegrationConfiguration(id: "bench", orgURL: "https://bench.okta.com", poll: .init(enabled: false),
                                                   hooks: .init(enabled: true, secret: .environment("BENCH_HOOK_SECRET")))
        let config = VigilConfiguration(listen: ListenAddress(host: "127.0.0.1", port: 0), dataDirectory: dir.path, integrations: [integration])
        let service = try VigilService(configuration: config, components: components)
        let listening = ListeningPort()
        // Bodies are built before the clock starts.
        let template = try HookBenchEvents()
        let bodies = (0..<requests).map { template.delivery(index: $0, size: batch, alerting: alertEvery > 0 && $0 % alertEvery == 0) }
        let bytes = bodies.reduce(0) { $0 + $1.body.utf8.count }
        print("\(requests) deliveries × \(batch) events (\(bytes / requests / 1024) KiB each) at \(Int(rate))/s, in-process service, FULL sync")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.run { _, p in listening.port.store(p, ordering: .relaxed) } }
            while listening.port.load(ordering: .relaxed) == 0 || !service.readiness.problems().isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            let meter = CPUMeter()
            let result = try await HookLoad(port: listening.port.load(ordering: .relaxed), rate: rate, maxInFlight: maxInFlight).send(bodies.map(\.body))
            let cpu = meter.summary(events: requests * batch, what: "while sending: the service and the load client")
            try await Task.sleep(for: .seconds(1))
            report(result, bodies: bodies, alerts: alerts)
            print(cpu)
            // Stopped as an operator stops it (the service shuts down gracefully on SIGTERM); cancelling the task
            // instead made the HTTP server log a shutdown error.
            kill(getpid(), SIGTERM)
            try await group.waitForAll()
        }
    }

    private func report(_ result: HookLoad.Result, bodies: [HookBenchEvents.Delivery], alerts: AlertClock) {
        let ok = result.latencies.compactMap { $0 }
        print(String(format: "acked %d/%d in %.2f s: %.0f deliveries/s, %.0f events/s", ok.count, bodies.count, result.seconds,
                     Double(ok.count) / result.seconds, Double(ok.count * batch) / result.seconds))
        print(String(format: "ack latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 50 ms)",
                     percentile(ok, 0.5) * 1000, percentile(ok, 0.99) * 1000, (ok.max() ?? 0) * 1000))
        // Per second of sending: where a spike sits tells a start-up cost from a steady backlog.
        let start = result.sentAt.compactMap { $0 }.min()
        var bySecond: [Int: [Double]] = [:]
        for (sent, latency) in zip(result.sentAt, result.latencies) {
            guard let sent, let start, let latency else { continue }
            bySecond[Int((sent - start).seconds), default: []].append(latency)
        }
        for p in [0.5, 0.99] {
            print("ack p\(Int(p * 100)) by second sent: " + bySecond.keys.sorted().map { String(format: "%.0f", percentile(bySecond[$0]!, p) * 1000) }.joined(separator: " ") + " ms")
        }
        var alertLatencies: [Double] = [], steadyAlerts: [Double] = []
        for (i, delivery) in bodies.enumerated() {
            guard let uuid = delivery.alertingUUID, let sent = result.sentAt[i], let raised = alerts.raisedAt(uuid) else { continue }
            alertLatencies.append((raised - sent).seconds)
            if let start, (sent - start).seconds >= warmupSeconds { steadyAlerts.append(alertLatencies.last!) }
        }
        let expected = bodies.filter { $0.alertingUUID != nil }.count
        print(String(format: "delivery → stored alert: %d/%d alerts, p50 %.1f ms, p99 %.1f ms (target p99 < 500 ms)", alertLatencies.count, expected,
                     percentile(alertLatencies, 0.5) * 1000, percentile(alertLatencies, 0.99) * 1000))
        let steady = bySecond.filter { Double($0.key) >= warmupSeconds }.values.flatMap { $0 }
        if !steady.isEmpty {
            print(String(format: "after the first %.0f s (a new store's warm-up): ack p50 %.1f ms, p99 %.1f ms; alert p50 %.1f ms, p99 %.1f ms",
                         warmupSeconds, percentile(steady, 0.5) * 1000, percentile(steady, 0.99) * 1000,
                         percentile(steadyAlerts, 0.5) * 1000, percentile(steadyAlerts, 0.99) * 1000))
        }
        print(BenchInput.loadNote)
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}

/// The port the in-process service bound (it listens on port 0).
final class ListeningPort: Sendable {
    let port = Atomic<Int>(0)
}

/// Records when each alert's evidence reached the alert sinks (after the alert was saved).
final class AlertClock: AlertSink {
    private let times = Mutex<[String: ContinuousClock.Instant]>([:])

    func alertsRaised(_ alerts: [Alert]) async {
        let now = ContinuousClock.now
        times.withLock { times in for alert in alerts { for uuid in alert.events where times[uuid] == nil { times[uuid] = now } } }
    }

    func raisedAt(_ uuid: String) -> ContinuousClock.Instant? { times.withLock { $0[uuid] } }
}
