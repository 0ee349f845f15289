import Foundation
import Logging
import Testing
import VigilEvent
import VigilStore

/// Crash tests of `vigil serve` as a process: start it, kill it with SIGKILL while it ingests, start it again, and
/// finally check the store against what the simulated org emitted — none missing, none twice, nothing invented.
struct ServeCrash {
    let arguments: [String]
    let environment: [String: String]
    /// The test's own connection to the service's store (SQLite allows a reader beside the writing process).
    let store: EventStore

    static let quietLogger = Logger(label: "vigil.test.simulator", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Writes the service's configuration in `directory` — a free loopback port, the store in `directory/data`, and
    /// one integration whose YAML keys are `integration` — and opens the store.
    init(directory: URL, integration: [String], environment: [String: String]) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let data = directory.appendingPathComponent("data"), file = directory.appendingPathComponent("vigil.yaml")
        let yaml = ["listen: 127.0.0.1:0", "data_dir: \(data.path)", "integrations:"]
            + integration.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }
        try yaml.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        arguments = ["--config", file.path]
        self.environment = environment
        store = try EventStore(directory: data)
    }

    /// Runs the service `rounds` times; each run is killed with SIGKILL once the store holds a random number (in
    /// `step`) of events more than when it started, plus a random moment, so kills land mid-commit as often as
    /// between commits. Returns the store's event count at each kill.
    func killRepeatedly(rounds: Int, step: ClosedRange<Int>, jitter: ClosedRange<Int> = 0...300,
                        timeout: Duration = .seconds(120)) async throws -> [Int] {
        var counts: [Int] = []
        for round in 0..<rounds {
            let server = try await ServeProcess(arguments: arguments, environment: environment)
            let target = try store.eventCount() + Int.random(in: step)
            // Polled often: a fast backfill stores a page every few tens of milliseconds, and a late kill would
            // overshoot the target by pages.
            let reached = try await Self.wait(timeout: timeout, every: .milliseconds(10)) { try store.eventCount() >= target }
            try await Task.sleep(for: .milliseconds(Int.random(in: jitter)))
            server.signal(SIGKILL)
            _ = try await server.waitForExit()
            #expect(reached, "round \(round): the store did not reach \(target) events: \(server.log)")
            counts.append(try store.eventCount())
        }
        return counts
    }

    /// Starts the service once more, waits until the store holds every uuid `truth` returns (asked once the
    /// service is up, so it covers what was emitted while the service was down), then stops it with SIGTERM.
    /// Returns those uuids.
    func recover(timeout: Duration = .seconds(180), truth: () async -> [String]) async throws -> [String] {
        let server = try await ServeProcess(arguments: arguments, environment: environment)
        let expected = await truth()
        var remaining = expected[...]
        let complete = try await Self.wait(timeout: timeout) {
            // Found uuids stay found: each round looks only at those still missing, oldest first.
            while let next = remaining.first, try store.event(uuid: next) != nil { remaining.removeFirst() }
            return remaining.isEmpty
        }
        server.signal(SIGTERM)
        let status = try await server.waitForExit()
        #expect(complete, "not every emitted event arrived after the restart: \(server.log.suffix(4000))")
        #expect(status == 0, "exit status \(status): \(server.log.suffix(4000))")
        return expected
    }

    /// None missing (`truth` all stored), none twice (each stored uuid once), nothing invented (each stored uuid
    /// was emitted).
    func expectExactlyOnce(truth: [String], emitted: Set<String>) throws {
        var stored: [String] = []
        try store.scan(since: Timestamp(millis: .min)) { stored += $0.map(\.uuid) }
        let storedSet = Set(stored)
        #expect(stored.count == storedSet.count, "\(stored.count - storedSet.count) events stored twice")
        let missing = Set(truth).subtracting(storedSet)
        #expect(missing.isEmpty, "\(missing.count) of \(truth.count) emitted events missing, e.g. \(missing.prefix(3))")
        let invented = storedSet.subtracting(emitted)
        #expect(invented.isEmpty, "\(invented.count) stored events the org never emitted")
        #expect(try store.eventCount() == storedSet.count)
    }

    /// Polls `condition` every `interval` until it holds or `timeout` passes.
    static func wait(timeout: Duration, every interval: Duration = .milliseconds(100),
                     _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: interval)
        }
        return try await condition()
    }
}
