import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing
import VigilEvent
@testable import VigilSimulatorServer

/// A live server on 127.0.0.1 (an ephemeral port) and an HTTP client for it.
struct LiveServer {
    static let token = "test-ssws-token"
    let server: SimulatedOktaServer

    /// A small org whose benign traffic is off unless asked for, so tests control what the log holds.
    static func start(users: Int = 40, configure: (inout SimulatedOktaServerConfiguration) -> Void = { _ in }) async throws -> LiveServer {
        var configuration = SimulatedOktaServerConfiguration(seed: 7, users: users, apiTokens: [token])
        configuration.benignTraffic = false
        configure(&configuration)
        return LiveServer(server: try await SimulatedOktaServer.start(configuration))
    }

    var url: String { server.url }

    /// Runs `body` against a started server and stops it afterwards, also when `body` throws.
    static func with(users: Int = 40, configure: (inout SimulatedOktaServerConfiguration) -> Void = { _ in },
                     _ body: (LiveServer) async throws -> Void) async throws {
        let live = try await start(users: users, configure: configure)
        do {
            try await body(live)
        } catch {
            await live.server.stop()
            throw error
        }
        await live.server.stop()
    }

    /// A GET with the API token.
    func request(_ pathOrURL: String, auth: String? = "SSWS \(token)") async throws -> HTTPReply {
        try await request(.GET, pathOrURL, auth: auth)
    }

    /// Sends a request; `auth` nil sends no Authorization header.
    func request(_ method: HTTPMethod, _ pathOrURL: String, auth: String? = "SSWS \(token)", json: String? = nil,
                 headers: [(String, String)] = [], form: String? = nil) async throws -> HTTPReply {
        let target = pathOrURL.hasPrefix("http") ? pathOrURL : url + pathOrURL
        var request = HTTPClientRequest(url: target)
        request.method = method
        if let auth { request.headers.add(name: "Authorization", value: auth) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        if let form { request.body = .bytes(ByteBuffer(string: form)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 64 << 20)
        return HTTPReply(status: Int(response.status.code), headers: response.headers, body: Data(body.readableBytesView))
    }
}

/// A response read in full.
struct HTTPReply {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    var array: [[String: Any]] { (json as? [[String: Any]]) ?? [] }
    var object: [String: Any] { (json as? [String: Any]) ?? [:] }

    /// The `Link` header lines in order, as (url, rel).
    var links: [(url: String, rel: String)] {
        headers["Link"].compactMap { line in
            guard let open = line.firstIndex(of: "<"), let close = line.firstIndex(of: ">"),
                  let relRange = line.range(of: "rel=\"") else { return nil }
            let rel = line[relRange.upperBound...].prefix { $0 != "\"" }
            return (String(line[line.index(after: open)..<close]), String(rel))
        }
    }

    var next: String? { links.first { $0.rel == "next" }?.url }

    /// The `errorCode` of an Okta error body.
    var errorCode: String? { object["errorCode"] as? String }
}

/// Waits until `condition` holds, polling, for at most `seconds`.
func eventually(_ seconds: Double = 10, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
