import AsyncHTTPClient
import Foundation
import Testing

/// `vigil demo`, run as the built binary: within two minutes of start, the REST API lists alerts with evidence.
@Suite("CLI: vigil demo")
struct DemoCommandTests {
    @Test(.timeLimit(.minutes(4))) func alertsAppearThroughTheAPIWithinTwoMinutes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = try UsersCommandTests.vigilBinary()
        process.arguments = ["demo", "--data-dir", directory.path, "--listen", "127.0.0.1:0", "--users", "100", "--scenario-every", "20"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The banner names the UI's address and an API token.
        var banner = ""
        let started = Date()
        while !(banner.contains("REST API:") && banner.contains("\n  simulated org")), process.isRunning, Date().timeIntervalSince(started) < 60 {
            banner += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        let url = try #require(banner.firstMatch(of: /web UI:\s+(http:\/\/[0-9.:]+)\//)?.1)
        let token = try #require(banner.firstMatch(of: /Bearer (vgl_[A-Za-z0-9_\-]+)/)?.1)

        var alerts: [[String: Any]] = []
        while alerts.isEmpty, Date().timeIntervalSince(started) < 120 {
            try await Task.sleep(for: .seconds(3))
            var request = HTTPClientRequest(url: "\(url)/api/v1/alerts")
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            #expect(response.status == .ok)
            let body = try await response.body.collect(upTo: 1 << 24)
            let json = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
            alerts = json?["alerts"] as? [[String: Any]] ?? []
        }
        #expect(!alerts.isEmpty, "no alert through the API within two minutes of start")

        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
