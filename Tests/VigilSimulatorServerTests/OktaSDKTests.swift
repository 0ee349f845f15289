import Foundation
import Testing
import VigilEvent
import VigilSimulator
@testable import VigilSimulatorServer

/// Okta's official Python SDK against the simulated org: the JSON shapes, Link pagination and SSWS header must be
/// what the SDK expects. Python comes from $VIGIL_TEST_PYTHON (scripts/test installs `okta` into .venv).
@Suite("Okta's Python SDK against the simulated org")
struct OktaSDKTests {
    static let python = ProcessInfo.processInfo.environment["VIGIL_TEST_PYTHON"]
    static let required = ProcessInfo.processInfo.environment["VIGIL_TEST_REQUIRE_SERVICES"] == "1"
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/okta_sdk_check.py").path

    @Test("the SDK lists users page by page and pages through the System Log", .enabled(if: python != nil || required))
    func sdk() async throws {
        let python = try #require(Self.python, "VIGIL_TEST_PYTHON is not set but VIGIL_TEST_REQUIRE_SERVICES=1")
        try await LiveServer.with(users: 30, configure: {
            $0.benignTraffic = true
            $0.backfill = 1800
            $0.eventsPerSecond = 0.5
            $0.start = Timestamp(iso8601: "2026-11-02T14:00:00Z")
        }) { live in
            let since = "2026-11-02T13:40:00.000Z", until = "2026-11-02T13:55:00.000Z"
            let output = try run(python, [Self.script, live.url, LiveServer.token, since, until])
            let summary = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            let org = await live.server.state.org
            let listed = org.users.filter { $0.status != .deprovisioned }.map(\.id)
            #expect(summary["users"] as? [String] == listed)
            #expect(summary["userPages"] as? Int == (listed.count + 6) / 7)
            #expect(summary["firstLogin"] as? String == org.users[0].login)
            // The script leaves out the MFA events the SDK cannot parse (see scripts/okta_sdk_check.py).
            let expected = await live.server.emittedEvents().filter {
                $0.published >= Timestamp(iso8601: since)! && $0.published < Timestamp(iso8601: until)!
                    && $0.eventType != "user.authentication.auth_via_mfa"
            }
            #expect(expected.count > 50)
            #expect(Set(summary["events"] as? [String] ?? []) == Set(expected.map(\.uuid)))
            #expect((summary["events"] as? [String])?.count == expected.count)
            #expect((summary["eventPages"] as? Int ?? 0) >= 2)
        }
    }

    private func run(_ python: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OKTA_TESTING_TESTINGDISABLEHTTPSCHECK"] = "true"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        return data
    }
}
