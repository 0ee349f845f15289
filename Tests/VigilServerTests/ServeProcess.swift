import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

/// `vigil serve` run as a real process (the built binary) on 127.0.0.1: by default with a hooks-only integration
/// `acme`, or with any arguments (a configuration file for polling or SQS, TLS through the environment).
final class ServeProcess: Sendable {
    static let secret = "process-test-secret"
    let process: Process
    let port: Int
    private let output: Output

    /// Everything the process wrote to stderr so far.
    final class Output: Sendable {
        let text = Mutex("")
    }

    /// The `vigil` executable built beside the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil")
    }

    /// The hooks-only service on `dataDirectory`, with more `arguments` (`--tls-cert`, say).
    convenience init(dataDirectory: URL, arguments: [String] = []) async throws {
        try await self.init(arguments: ["--org-url", "https://acme.okta.com", "--integration-id", "acme", "--no-poll",
                                        "--hook-secret-env", "VIGIL_TEST_HOOK_SECRET", "--data-dir", dataDirectory.path,
                                        "--listen", "127.0.0.1:0"] + arguments,
                            environment: ["VIGIL_TEST_HOOK_SECRET": Self.secret])
    }

    /// Starts `vigil serve ARGUMENTS` with this process's environment plus `environment`, and waits until it listens.
    init(arguments: [String], environment: [String: String] = [:]) async throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve"] + arguments + ["--log-level", "notice"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        let output = Output()
        // Drained continuously, so the server never blocks on a full pipe.
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0 += text }
        }
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        var port: Int?
        while port == nil {
            let text = output.text.withLock { $0 }
            if let range = text.range(of: #"listening on https?://127\.0\.0\.1:([0-9]+)"#, options: .regularExpression) {
                port = Int(text[range].split(separator: ":").last!)
            } else if !process.isRunning || ContinuousClock.now > deadline {
                process.terminate()
                throw ServeProcessError(message: "vigil serve did not start: \(text)")
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        self.process = process
        self.port = port!
        self.output = output
    }

    var log: String { output.text.withLock { $0 } }

    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to exit; returns its status.
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { throw ServeProcessError(message: "vigil serve did not exit: \(log)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// Posts a delivery; true when it was acknowledged (200), false for any refusal or connection failure.
    static func post(_ client: HTTPClient, port: Int, body: String, scheme: String = "http") async -> Bool {
        var request = HTTPClientRequest(url: "\(scheme)://127.0.0.1:\(port)/hooks/okta/acme")
        request.method = .POST
        request.headers.add(name: "Authorization", value: secret)
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        guard let response = try? await client.execute(request, timeout: .seconds(10)) else { return false }
        _ = try? await response.body.collect(upTo: 1 << 20)
        return response.status == .ok
    }
}

struct ServeProcessError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
