import ArgumentParser
import Foundation
import Logging
import VigilDetect
import VigilEvent
import VigilIngest
import VigilOkta
import VigilSimulatorServer
import VigilStore

/// A first-run backfill over real HTTP: the simulated org on 127.0.0.1 holds N events of history, and
/// `SystemLogPoller` reads them in pages of 1000 into the ingest pipeline (group commit, then the whole detection
/// engine, as `vigil serve` runs it) until it reaches the live edge. Okta's own rate limit would cap this at 120
/// pages a minute, so the org's is raised: the figure is Vigil's own speed.
struct BackfillBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill",
        abstract: "System Log backfill events/s and pages from the in-process simulated org into a temporary store.")

    @Option(help: "Events of history the org holds.") var events = 100_000
    @Option(help: "Users in the simulated org.") var users = 2_000
    @Option(help: "Events per page (Okta's maximum is 1000).") var pageSize = 1_000
    @Flag(help: "Store only: skip detection on the stored events.") var noDetection = false

    /// The history spans an hour of simulated time; live traffic goes on at the same (small) rate meanwhile.
    static let historySeconds = 3_600.0

    func validate() throws {
        guard events > 0 else { throw ValidationError("--events must be positive") }
        guard (1...1000).contains(pageSize) else { throw ValidationError("--page-size must be 1 to 1000") }
    }

    func run() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-backfill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var org = SimulatedOktaServerConfiguration(seed: 42, users: users, apiTokens: ["bench-token"])
        org.eventsPerSecond = Double(events) / Self.historySeconds
        org.backfill = Self.historySeconds
        org.rateLimits.perMinute["/api/v1/logs"] = 10_000_000
        let quiet = Logger(label: "vigil.bench.backfill", factory: { _ in SwiftLogNoOpLogHandler() })
        // The org draws its history before the clock starts. Benign traffic follows a daily rhythm, so the rate
        // that yields N events depends on the hour: draw, and redraw at a corrected rate while well short.
        let seedStart = ContinuousClock.now
        var server = try await SimulatedOktaServer.start(org, logger: quiet)
        var history = await server.emittedEvents()
        for _ in 0..<3 where history.count < events * 9 / 10 {
            await server.stop()
            org.eventsPerSecond = org.eventsPerSecond! * Double(events) / Double(max(history.count, 1))
            server = try await SimulatedOktaServer.start(org, logger: quiet)
            history = await server.emittedEvents()
        }
        print(String(format: "org %@: %d events of history (%d users), drawn in %.2f s", server.url, history.count, users,
                     (.now - seedStart).seconds))

        let store = try EventStore(directory: dir)
        let ruleSet = try RuleSet(managed: !noDetection)
        // The detection `vigil serve` runs: rules, correlations and analytics, with state saved as it goes.
        let detection: any DetectionStage = noDetection ? RuleDetectionStage(ruleSet: ruleSet)
            : EngineDetectionStage(engine: DetectionEngine(ruleSet: ruleSet), store: store, logger: quiet)
        let pipeline = try IngestPipeline(store: store, detection: detection, logger: quiet)
        let client = try OktaClient(orgURL: URL(string: server.url)!, credential: .apiToken("bench-token"), logger: quiet)
        let poller = SystemLogPoller(integrationID: "bench", client: client, sink: pipeline, checkpoints: store,
                                     configuration: SystemLogPollerConfiguration(backfill: 2 * Self.historySeconds, pollInterval: .seconds(1),
                                                                                 pageSize: pageSize),
                                     plan: pipeline.plan, logger: quiet)
        let detecting = noDetection ? "no detection" : "\(ruleSet.rules.count) managed rules, correlations and analytics"
        print("backfilling with SystemLogPoller → IngestPipeline (\(detecting)), pages of \(pageSize)…")

        let start = ContinuousClock.now, meter = CPUMeter()
        let pipelineTask = Task { await pipeline.run() }
        let polling = Task { try await poller.run() }
        var status = await poller.status()
        while status.backfilling {
            try await Task.sleep(for: .milliseconds(20))
            status = await poller.status()
        }
        let seconds = (.now - start).seconds
        // The simulated org serves from this process too: its share of the CPU is in the figure.
        let cpu = meter.summary(events: status.eventsStored, what: "both cores, the simulated org's included")
        polling.cancel()
        try await polling.value
        pipeline.finish()
        await pipelineTask.value
        await server.stop()

        let missing = history.filter { (try? store.event(uuid: $0.uuid)) == nil }.count
        print(String(format: "stored %d events (%d duplicates) in %d pages in %.2f s: %.0f events/s, %.1f pages/s (target ≥ 20,000 events/s)",
                     status.eventsStored, status.duplicates, status.pages, seconds, Double(status.eventsStored) / seconds,
                     Double(status.pages) / seconds))
        print(cpu)
        print("history check: \(history.count - missing)/\(history.count) events of the org's history in the store" + (missing > 0 ? " (\(missing) MISSING)" : ""))
        print(BenchInput.loadNote)
        try store.close()
        if missing > 0 { throw ExitCode.failure }
    }
}
