import AsyncHTTPClient
import Foundation
import Testing

/// `vigil demo`, run as the built binary: within two minutes of start, the REST API lists alerts with evidence;
/// where an AWS-compatible server is at hand, events also arrive by Log Streaming through EventBridge and SQS.
@Suite("CLI: vigil demo")
struct DemoCommandTests {
    static let environment = ProcessInfo.processInfo.environment
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// moto_server where the demo looks for it, run from the package root: on PATH or in ./.venv/bin.
    static let motoInstalled = ((environment["PATH"] ?? "").split(separator: ":").map(String.init) + [root.appendingPathComponent(".venv/bin").path])
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/moto_server") }
    static let awsEndpoint = environment["VIGIL_TEST_AWS_ENDPOINT"]
    static let required = environment["VIGIL_TEST_REQUIRE_SERVICES"] == "1"

    @Test(.timeLimit(.minutes(4))) func alertsAppearThroughTheAPIWithinTwoMinutes() async throws {
        // Run where no moto is to be found: the banner says EventBridge is off and how to turn it on.
        let demo = try DemoProcess(environment: ["PATH": "/usr/bin:/bin"], currentDirectory: FileManager.default.temporaryDirectory)
        let banner = try await demo.banner()
        #expect(banner.eventBridge.hasPrefix("off — to turn it on, install moto"), "\(banner.eventBridge)")

        let alerts = try await demo.alertsWithinTwoMinutes(banner)
        #expect(!alerts.isEmpty, "no alert through the API within two minutes of start")
        #expect(await demo.interrupt() == 0, "\(demo.log)")
    }

    @Test("events arrive by EventBridge too, and Ctrl-C stops the moto the demo started",
          .enabled(if: motoInstalled || awsEndpoint != nil || required, "needs moto_server on PATH or in .venv, or VIGIL_TEST_AWS_ENDPOINT"),
          .timeLimit(.minutes(4)))
    func eventBridgePath() async throws {
        // The demo starts moto itself when it finds it; else it uses the server scripts/test started.
        let arguments = Self.motoInstalled ? [] : ["--aws-endpoint", try #require(Self.awsEndpoint, "no moto_server and no VIGIL_TEST_AWS_ENDPOINT")]
        let demo = try DemoProcess(arguments, currentDirectory: Self.root)
        let banner = try await demo.banner()
        #expect(banner.eventBridge.hasPrefix("on — "), "\(demo.log)")

        let alerts = try await demo.alertsWithinTwoMinutes(banner)
        #expect(!alerts.isEmpty, "no alert through the API within two minutes of start")
        var eventBridge: [String: Any] = [:]
        while eventBridge["lastEventAt"] == nil, Date().timeIntervalSince(demo.started) < 150 {
            let integrations = try await banner.api("integrations")["integrations"] as? [[String: Any]] ?? []
            let paths = integrations.first?["paths"] as? [[String: Any]] ?? []
            eventBridge = paths.first { $0["path"] as? String == "eventBridge" } ?? [:]
            if eventBridge["lastEventAt"] == nil { try await Task.sleep(for: .seconds(2)) }
        }
        #expect(eventBridge["enabled"] as? Bool == true && eventBridge["lastEventAt"] != nil, "EventBridge path: \(eventBridge)\n\(demo.log)")
        #expect((eventBridge["eventsLastHour"] as? Int ?? 0) > 0 && (eventBridge["errors"] as? [String] ?? []).isEmpty, "\(eventBridge)")

        let moto = try #require(banner.eventBridge.firstMatch(of: /at (http:\/\/127\.0\.0\.1:[0-9]+)/)?.1)
        #expect(await demo.interrupt() == 0, "\(demo.log)")
        if Self.motoInstalled {
            // No orphan: the moto the demo started no longer answers.
            #expect(await !Self.answers(moto), "moto at \(moto) still answers after the demo exited")
        }
    }

    @Test("a demo that cannot start stops the moto it started",
          .enabled(if: motoInstalled || required, "needs moto_server on PATH or in .venv"), .timeLimit(.minutes(3)))
    func failedStartLeavesNoMoto() async throws {
        // 203.0.113.1 (TEST-NET-3) is no address of this machine: the web UI cannot bind, after moto is up.
        let demo = try DemoProcess(["--listen", "203.0.113.1:0"], currentDirectory: Self.root)
        while demo.process.isRunning, Date().timeIntervalSince(demo.started) < 120 {
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(!demo.process.isRunning && demo.process.terminationStatus == 2, "\(demo.log)")
        let moto = try #require(demo.log.firstMatch(of: /moto is serving at (http:\/\/127\.0\.0\.1:[0-9]+)/)?.1, "\(demo.log)")
        #expect(await !Self.answers(moto), "moto at \(moto) still answers after the demo failed")
    }

    /// Whether a moto server answers at `url`.
    static func answers(_ url: some StringProtocol) async -> Bool {
        (try? await HTTPClient.shared.execute(HTTPClientRequest(url: "\(url)/moto-api/"), timeout: .seconds(5))) != nil
    }
}
