import Foundation
import Hummingbird
import Testing
import VigilEvent
import VigilStore
@testable import VigilWeb

/// The UI in a real browser: the app served on 127.0.0.1 (ephemeral port) over a seeded store, driven by
/// scripts/browser/ui_walkthrough.py in headless Chromium. Screenshots go to .build/test-artifacts/browser.
@Suite("Web UI in headless Chromium")
struct BrowserTests {
    static let environment = ProcessInfo.processInfo.environment
    static let python = environment["VIGIL_TEST_PYTHON"]
    static let required = environment["VIGIL_TEST_REQUIRE_SERVICES"] == "1"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("Sign in, search the feed, open an event, see a live event, resolve an alert, refresh a user, disable an account, change the password",
          .enabled(if: python != nil || required, "set VIGIL_TEST_PYTHON to a python with selenium (scripts/test does)"))
    func walkthrough() async throws {
        let python = try #require(Self.python, "VIGIL_TEST_PYTHON is not set")
        let fixture = try await Fixture.make()
        defer { fixture.close() }
        let artifacts = Self.root.appendingPathComponent(".build/test-artifacts/browser")
        try? FileManager.default.removeItem(at: artifacts)
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let signal = artifacts.appendingPathComponent("live-signal")
        let live = Self.liveEvent(from: fixture.events.last!)

        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = try await fixture.application { portSink.yield($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask {
                // Stores the live event once the script has the feed open.
                while !FileManager.default.fileExists(atPath: signal.path) {
                    try await Task.sleep(for: .milliseconds(100))
                }
                var writer = PipelinedWriter(store: fixture.store, source: "test")
                try await writer.submit([live])
                try await writer.drain()
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let alert = fixture.userAlert
            let searchFound = fixture.events.compactMap { $0.string(.actorAlternateId) }.first { $0.contains("@") }
            let search = try #require(searchFound)
                .split(separator: "@")[0]
            let (status, output) = try await Self.run(python, [Self.root.appendingPathComponent("scripts/browser/ui_walkthrough.py").path], environment: [
                "VIGIL_URL": "http://127.0.0.1:\(port)", "VIGIL_USER": "admin", "VIGIL_PASSWORD": Fixture.password,
                "VIGIL_SEARCH": String(search), "VIGIL_ALERT_ID": alert.id, "VIGIL_LIVE_UUID": live.uuid,
                "VIGIL_LIVE_SIGNAL": signal.path, "VIGIL_ARTIFACTS": artifacts.path,
            ])
            print(output)
            print("browser screenshots: \(artifacts.path)")
            if status == 77 && !Self.required {
                print("skipped: \(output)")
            } else {
                #expect(status == 0, "the browser walkthrough failed:\n\(output)")
                #expect(try await fixture.triage.states(of: [alert.id])[alert.id]?.status == .resolved)
                #expect(fixture.refresher.requests.withLock { $0 }.count == 1)
                #expect(try fixture.store.account(username: "viewer")?.disabled == true)
            }
            group.cancelAll()
        }
    }

    /// A copy of `event` with a new uuid, published now.
    static func liveEvent(from event: OktaEvent) -> OktaEvent {
        var text = String(decoding: event.raw, as: UTF8.self)
        text = text.replacingOccurrences(of: event.uuid, with: "live-\(UUID().uuidString.lowercased())")
        text = text.replacingOccurrences(of: event.published.iso8601, with: Timestamp.now().iso8601)
        return try! OktaEvent(raw: Array(text.utf8))
    }

    /// Runs a process to completion, off the cooperative pool, returning its status and combined output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }
}
