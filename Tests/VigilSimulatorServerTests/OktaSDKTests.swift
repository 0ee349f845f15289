import CryptoExtras
import Foundation
import Synchronization
import Testing
import VigilEvent
import VigilSimulator
@testable import VigilSimulatorServer

/// Okta's official Python SDK against the simulated org: the JSON shapes, Link pagination and SSWS header must be
/// what the SDK expects. Python comes from $VIGIL_TEST_PYTHON (scripts/test installs `okta` into .venv).
@Suite("Okta's Python SDK against the simulated org", .serialized)
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
            let output = try await run(python, [Self.script, live.url, LiveServer.token, since, until])
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

    @Test("the SDK's PrivateKey mode gets a token by private_key_jwt and lists users with it", .enabled(if: python != nil || required))
    func privateKeyOAuth() async throws {
        let python = try #require(Self.python, "VIGIL_TEST_PYTHON is not set but VIGIL_TEST_REQUIRE_SERVICES=1")
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let primitives = try key.publicKey.getKeyPrimitives()
        func base64URL(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let jwks = #"{"keys":[{"kty":"RSA","alg":"RS256","use":"sig","n":"\#(base64URL(primitives.modulus))","e":"\#(base64URL(primitives.publicExponent))"}]}"#
        let pem = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-sdk-\(UUID().uuidString).pem")
        try key.pemRepresentation.write(to: pem, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: pem) }
        try await LiveServer.with(users: 12) { live in
            try await live.server.register(OAuthClientRegistration(clientId: "0oaSDKServiceApp", authentication: .privateKeyJWT(jwks: jwks),
                                                                   scopes: [OktaScope.usersRead]))
            let output = try await run(python, [Self.script, "--oauth", live.url, "0oaSDKServiceApp", pem.path])
            let summary = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            let listed = await live.server.state.org.users.filter { $0.status != .deprovisioned }.map(\.id)
            #expect(summary["users"] as? [String] == listed)
            let grants = try await live.request("/api/v1/logs?filter=\(escape("eventType eq \"app.oauth2.as.token.grant\""))")
            #expect(grants.array.count == 1)
        }
    }

    /// Runs the script on a Dispatch thread: a blocking wait on the cooperative pool would starve the in-process
    /// server the script is calling.
    private func run(_ python: String, _ arguments: [String]) async throws -> Data {
        let (data, status, errors) = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.runBlocking(python, arguments) })
            }
        }
        #expect(status == 0, "\(errors)")
        return data
    }

    private static func runBlocking(_ python: String, _ arguments: [String]) throws -> (Data, Int32, String) {
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
        // Drain stderr while stdout is read, so neither pipe fills up and blocks the script.
        let errorData = Mutex(Data())
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) {
            let bytes = err.fileHandleForReading.readDataToEndOfFile()
            errorData.withLock { $0 = bytes }
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return (data, process.terminationStatus, String(decoding: errorData.withLock { $0 }, as: UTF8.self))
    }
}
