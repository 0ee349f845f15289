import AsyncHTTPClient
import Foundation
import NIOSSL
import Testing
import VigilStore

/// `vigil serve` with a certificate and key serves HTTPS itself: an Event Hook delivery posted over TLS (by a
/// client that trusts only that certificate) is acknowledged and stored.
@Suite(.serialized) struct ServeHTTPSTests {
    /// A self-signed certificate for 127.0.0.1 and its key, made by the `openssl` command (scripts/test.d/https.sh).
    static func selfSignedCertificate(in dir: URL) throws -> (certificate: String, key: String) {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let cert = dir.appendingPathComponent("cert.pem").path, key = dir.appendingPathComponent("key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                             "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1"]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else { throw ServeProcessError(message: "openssl exited with \(openssl.terminationStatus)") }
        return (cert, key)
    }

    @Test func hookDeliveryOverHTTPSIsStored() async throws {
        let dir = HookFixtures.temporaryDirectory("https")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (cert, key) = try Self.selfSignedCertificate(in: dir.appendingPathComponent("tls"))
        let data = dir.appendingPathComponent("data")
        let server = try await ServeProcess(dataDirectory: data, arguments: ["--tls-cert", cert, "--tls-key", key])
        #expect(server.log.contains("listening on https://127.0.0.1:"))

        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(cert))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(tlsConfiguration: tls))
        let uuids = (0..<3).map { HookFixtures.uuid($0, run: 443) }
        let stored = await ServeProcess.post(client, port: server.port, body: HookFixtures.delivery(uuids.map { HookFixtures.event($0) }),
                                             scheme: "https")
        // Plain HTTP to the same port is not answered as HTTP.
        let plain = await ServeProcess.post(client, port: server.port, body: HookFixtures.delivery([]), scheme: "http")
        try await client.shutdown()
        server.signal(SIGTERM)
        #expect(try await server.waitForExit() == 0, "\(server.log)")
        #expect(stored, "the HTTPS delivery was not acknowledged: \(server.log)")
        #expect(!plain)
        let store = try EventStore(directory: data)
        for uuid in uuids { #expect(try store.event(uuid: uuid) != nil, "\(uuid) is missing") }
        try store.close()
    }
}
