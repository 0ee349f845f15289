import AsyncHTTPClient
import Foundation

/// moto, the AWS-compatible server, run as a child process on 127.0.0.1 at a free port.
///
/// moto runs under a small `sh` guard whose standard input is a pipe from this process: when the pipe closes —
/// `stop()`, or this process ending in any way, even by SIGKILL — the guard stops moto, so no server is left behind.
final class LocalAWSServer: Sendable {
    /// `http://127.0.0.1:<port>`.
    let endpoint: URL
    /// moto's output, for when it does not come up.
    let logFile: URL
    private let guardProcess: Process
    private let lifeline: FileHandle

    /// Where moto is installed: `moto_server` on PATH, else in `./.venv/bin` (where `scripts/test` installs it).
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + [".venv/bin"]
        return directories.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("moto_server") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts moto and waits until it answers HTTP (moto takes a few seconds to import). Throws, with the end of
    /// moto's output, when it exits or does not answer within `timeout`.
    static func start(executable: URL, logFile: URL, timeout: Duration = .seconds(60)) async throws -> LocalAWSServer {
        let port = try FreePort.find()
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)  // opening it for writing below reports a failure
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", guardScript, "\(port)"] + command(for: executable)
        let log = try FileHandle(forWritingTo: logFile)
        process.standardOutput = log
        process.standardError = log
        let lifeline = Pipe()
        process.standardInput = lifeline
        try await runWithNoSignalsBlocked(process)
        try? log.close()
        let server = LocalAWSServer(endpoint: URL(string: "http://127.0.0.1:\(port)")!, logFile: logFile, process: process,
                                    lifeline: lifeline.fileHandleForWriting)
        do {
            try await server.waitUntilServing(timeout: timeout)
        } catch {
            await server.stop()
            throw error
        }
        return server
    }

    /// A child inherits the signal mask of the thread that spawns it, and Swift's threads block most signals; spawned
    /// from one of them, moto and its guard would ignore SIGTERM, SIGINT and SIGCHLD. So spawn from a thread of its own.
    private static func runWithNoSignalsBlocked(_ process: Process) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                var none = sigset_t()
                sigemptyset(&none)
                pthread_sigmask(SIG_SETMASK, &none, nil)
                continuation.resume(with: Result { try process.run() })
            }
        }
    }

    private init(endpoint: URL, logFile: URL, process: Process, lifeline: FileHandle) {
        self.endpoint = endpoint
        self.logFile = logFile
        self.guardProcess = process
        self.lifeline = lifeline
    }

    /// Any HTTP answer (moto's dashboard or an error page) means it is serving.
    private func waitUntilServing(timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard guardProcess.isRunning else { throw Failure(reason: "moto_server exited", log: tail()) }
            if (try? await HTTPClient.shared.execute(HTTPClientRequest(url: endpoint.absoluteString + "/moto-api/"), timeout: .seconds(2))) != nil {
                return
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw Failure(reason: "moto_server did not answer on \(endpoint) within \(timeout)", log: tail())
    }

    /// Stops moto and waits (up to five seconds, then kills the guard) for it to be gone.
    func stop() async {
        try? lifeline.close()
        guardProcess.terminate()
        for _ in 0..<50 where guardProcess.isRunning {
            try? await Task.sleep(for: .milliseconds(100))
        }
        if guardProcess.isRunning { kill(guardProcess.processIdentifier, SIGKILL) }
    }

    private func tail() -> String {
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(15).joined(separator: "\n")
    }

    /// How to run moto: from Vigil's checkout, `scripts/moto_server.py` (moto with its JSONPath parses cached, so
    /// EventBridge rules deliver at the simulated org's rate) under moto's own Python, or under `python3` when
    /// `moto_server` is a wrapper such as pyenv's shim and that Python has moto; else `moto_server` itself.
    static func command(for executable: URL, launcher: URL = URL(fileURLWithPath: "scripts/moto_server.py")) -> [String] {
        guard FileManager.default.fileExists(atPath: launcher.path) else { return [executable.path] }
        let head = (try? FileHandle(forReadingFrom: executable).read(upToCount: 256)).map { String(decoding: $0, as: UTF8.self) }
        let shebang = head?.split(separator: "\n").first.flatMap { $0.hasPrefix("#!") ? $0.dropFirst(2).trimmingCharacters(in: .whitespaces) : nil }
        if let shebang, shebang.hasPrefix("/"), URL(fileURLWithPath: shebang).lastPathComponent.hasPrefix("python") {
            return [shebang, launcher.path]
        }
        // Only a wrapper's Python needs asking whether it has moto.
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import moto.server, jsonpath_ng.ext"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return [executable.path] }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? ["/usr/bin/env", "python3", launcher.path] : [executable.path]
    }

    /// Runs moto (the command in `$@`, on port `$0`) until standard input closes or the guard gets SIGTERM, then
    /// exits once moto has; exits too when moto does.
    private static let guardScript = """
        exec 3<&0
        "$@" -H 127.0.0.1 -p "$0" </dev/null & moto=$!
        (read -r _ <&3; kill "$moto" 2>/dev/null) & watch=$!
        trap 'kill "$moto" 2>/dev/null' INT TERM HUP
        while kill -0 "$moto" 2>/dev/null; do wait "$moto"; done
        kill "$watch" 2>/dev/null
        """

    /// Why moto could not be started.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        let log: String
        var description: String { log.isEmpty ? reason : "\(reason); its last output:\n\(log)" }
    }
}
