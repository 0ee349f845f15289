import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Calls an event hook's endpoint as Okta does: the configured headers and auth header, a 3-second timeout, and
/// one retry after a timeout, a transport failure or a 5xx (never after a 4xx).
struct EventHookClient: Sendable {
    let http: HTTPClient
    let timeout: Double

    /// The one-time verification GET: the endpoint must echo `x-okta-verification-challenge` as
    /// `{"verification": …}`. Returns why it failed, or nil.
    func verify(_ hook: EventHook) async -> String? {
        let challenge = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var request = baseRequest(hook, method: .GET)
        request.headers.replaceOrAdd(name: "x-okta-verification-challenge", value: challenge)
        return await withRetry { () async -> Attempt in
            do {
                let response = try await http.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
                let body = try await response.body.collect(upTo: 64 * 1024)
                guard response.status == .ok else { return .failed("the endpoint answered \(response.status.code)", retry: response.status.code >= 500) }
                struct Answer: Decodable { let verification: String }
                guard let answer = try? JSONDecoder().decode(Answer.self, from: Data(body.readableBytesView)),
                      answer.verification == challenge else {
                    return .failed("the endpoint did not echo the verification challenge", retry: false)
                }
                return .succeeded
            } catch {
                return .failed("\(error)", retry: true)
            }
        }
    }

    /// POSTs one delivery body; returns why it failed after the retry, or nil.
    func deliver(_ hook: EventHook, body: [UInt8]) async -> String? {
        var request = baseRequest(hook, method: .POST)
        request.headers.replaceOrAdd(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: body))
        return await withRetry { () async -> Attempt in
            do {
                let response = try await http.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
                _ = try? await response.body.collect(upTo: 64 * 1024)
                let code = response.status.code
                if (200..<300).contains(Int(code)) { return .succeeded }
                return .failed("the endpoint answered \(code)", retry: code >= 500)
            } catch {
                return .failed("\(error)", retry: true)
            }
        }
    }

    private enum Attempt {
        case succeeded
        case failed(String, retry: Bool)
    }

    private func withRetry(_ attempt: () async -> Attempt) async -> String? {
        switch await attempt() {
        case .succeeded: return nil
        case .failed(let reason, retry: false): return reason
        case .failed:
            switch await attempt() {
            case .succeeded: return nil
            case .failed(let reason, _): return reason
            }
        }
    }

    private func baseRequest(_ hook: EventHook, method: HTTPMethod) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: hook.channel.config.uri)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Okta Event Hooks (simulated)")
        for header in hook.channel.config.headers ?? [] { request.headers.add(name: header.key, value: header.value) }
        if let auth = hook.channel.config.authScheme, let value = auth.value { request.headers.replaceOrAdd(name: auth.key, value: value) }
        return request
    }
}
