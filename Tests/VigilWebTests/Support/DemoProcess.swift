import AsyncHTTPClient
import Foundation
import Synchronization
import Testing

/// The built `vigil demo` run as a child process in a temporary data directory, on a free port, with what its
/// banner says: the UI's address, the admin login, the API token and which ingestion paths are on.
final class DemoProcess {
    let process: Process
    let directory: URL
    let started = Date()
    private let output = Output()

    /// Standard error as read so far (the pipe's reader runs on its own thread).
    private final class Output: Sendable {
        let text = Mutex("")
    }

    /// Starts `vigil demo` with `arguments` after the test's own (data directory, port 0, a small org, an attack
    /// every 20 s), in `currentDirectory` with `environment` added to the test's.
    init(_ arguments: [String] = [], environment: [String: String] = [:], currentDirectory: URL? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-demo-\(UUID().uuidString)")
        process = Process()
        process.executableURL = try UsersCommandTests.vigilBinary()
        process.arguments = ["demo", "--data-dir", directory.path, "--listen", "127.0.0.1:0", "--users", "100", "--scenario-every", "20"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        // Read all along, so a chatty demo never blocks on a full pipe.
        err.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0 += text }
        }
        try process.run()
    }

    /// Everything the demo wrote to standard error so far.
    var log: String { output.text.withLock { $0 } }

    /// Waits (up to `timeout`) for the banner, which ends with the simulated org's line.
    func banner(timeout: TimeInterval = 90) async throws -> Banner {
        while !log.contains("\n  simulated org"), process.isRunning, Date().timeIntervalSince(started) < timeout {
            try await Task.sleep(for: .milliseconds(100))
        }
        let text = log
        let url = try #require(text.firstMatch(of: /web UI:\s+(http:\/\/[0-9.:]+)\//)?.1, "no banner:\n\(text)")
        let password = try #require(text.firstMatch(of: /login: admin \/ (\S+)\)/)?.1, "no login:\n\(text)")
        let token = try #require(text.firstMatch(of: /Bearer (vgl_[A-Za-z0-9_\-]+)/)?.1, "no API token:\n\(text)")
        let eventBridge = try #require(text.firstMatch(of: /EventBridge:\s+(.*)/)?.1, "no EventBridge line:\n\(text)")
        return Banner(url: String(url), password: String(password), token: String(token), eventBridge: String(eventBridge))
    }

    /// What the banner says.
    struct Banner {
        var url, password, token: String
        /// `on — …` or `off — …`.
        var eventBridge: String

        /// `GET /api/v1/<path>` with the demo's token, as JSON.
        func api(_ path: String) async throws -> [String: Any] {
            var request = HTTPClientRequest(url: "\(url)/api/v1/\(path)")
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            #expect(response.status == .ok, "GET /api/v1/\(path)")
            let body = try await response.body.collect(upTo: 1 << 24)
            return try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] ?? [:]
        }
    }

    /// Polls `/api/v1/alerts` until it lists one, for up to two minutes after the demo started.
    func alertsWithinTwoMinutes(_ banner: Banner) async throws -> [[String: Any]] {
        var alerts: [[String: Any]] = []
        while alerts.isEmpty, Date().timeIntervalSince(started) < 120 {
            try await Task.sleep(for: .seconds(3))
            alerts = try await banner.api("alerts")["alerts"] as? [[String: Any]] ?? []
        }
        return alerts
    }

    /// Ctrl-C: interrupts the demo and waits for it to exit; returns its exit status.
    func interrupt() async -> Int32 {
        process.interrupt()
        while process.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: directory)
    }
}
