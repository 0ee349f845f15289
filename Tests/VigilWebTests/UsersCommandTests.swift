import Foundation
import Testing
import VigilStore
@testable import VigilWeb

/// `vigil users create-admin`, run as the built binary against a temporary data directory.
@Suite("CLI: vigil users create-admin")
struct UsersCommandTests {
    struct Run { var status: Int32; var out: String; var err: String }

    /// The `vigil` executable built next to this test bundle (`swift build --build-tests` builds both).
    static func vigilBinary() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("vigil")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "vigil next to \(CommandLine.arguments[0])"])
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try vigilBinary()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    func withDataDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-users-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory.path)
    }

    @Test("Creates an admin with a printed, working password; the name cannot be taken twice")
    func generated() throws {
        try withDataDirectory { dir in
            let first = try Self.run(["users", "create-admin", "--data-dir", dir, "--username", "boss"])
            #expect(first.status == 0, "\(first.err)")
            let password = try #require(first.out.split(separator: "\n").first { $0.hasPrefix("password: ") }).dropFirst("password: ".count)
            #expect(password.count >= Passwords.minimumLength)

            let again = try Self.run(["users", "create-admin", "--data-dir", dir, "--username", "boss"])
            #expect(again.status == 2)
            #expect(again.err.contains("already exists"))
            #expect(!again.out.contains("password:"))

            let store = try EventStore(directory: URL(fileURLWithPath: dir))
            defer { try? store.close() }
            let account = try #require(try store.account(username: "boss"))
            #expect(account.role == .admin && !account.disabled)
            #expect(Passwords.verify(String(password), against: account))
            #expect(try store.auditLog().first?.action == "account.create")
        }
    }

    @Test("A password from the environment is used as given and never printed; short or missing ones exit 2")
    func fromEnvironment() throws {
        try withDataDirectory { dir in
            let short = try Self.run(["users", "create-admin", "--data-dir", dir, "--password-env", "VIGIL_TEST_PW"],
                                     environment: ["VIGIL_TEST_PW": "short"])
            #expect(short.status == 2)
            #expect(short.err.contains("at least \(Passwords.minimumLength) characters"))

            let unset = try Self.run(["users", "create-admin", "--data-dir", dir, "--password-env", "VIGIL_TEST_UNSET_PW"],
                                     environment: ["VIGIL_TEST_UNSET_PW": ""])
            #expect(unset.status == 2)
            #expect(unset.err.contains("VIGIL_TEST_UNSET_PW"))

            let badName = try Self.run(["users", "create-admin", "--data-dir", dir, "--username", "no spaces", "--password-env", "VIGIL_TEST_PW"],
                                       environment: ["VIGIL_TEST_PW": "long enough password"])
            #expect(badName.status == 2)

            let good = try Self.run(["users", "create-admin", "--data-dir", dir, "--password-env", "VIGIL_TEST_PW"],
                                    environment: ["VIGIL_TEST_PW": "long enough password"])
            #expect(good.status == 0, "\(good.err)")
            #expect(!good.out.contains("long enough password") && !good.err.contains("long enough password"))
            let store = try EventStore(directory: URL(fileURLWithPath: dir))
            defer { try? store.close() }
            #expect(try store.accounts().map(\.username) == ["admin"])
            #expect(Passwords.verify("long enough password", against: try #require(try store.account(username: "admin"))))
        }
    }

    @Test("Unknown options are usage errors (exit 64)")
    func usage() throws {
        #expect(try Self.run(["users", "create-admin", "--no-such-option"]).status == 64)
    }
}
