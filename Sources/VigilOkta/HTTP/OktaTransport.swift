import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends requests to one org with the org's rate-limit budget and the retry policy: 5xx and network failures
/// are retried with backoff, 429s wait for the window to reset. Any other answer is returned as is.
struct OktaTransport: Sendable {
    let http: HTTPClient
    let budget: RateLimitBudget
    let retry: RetryPolicy
    let logger: Logger
    /// Largest body accepted (a System Log page of 1000 large events is a few MB).
    static let maxBody = 64 << 20

    func send(_ request: OktaRequest) async throws -> OktaResponse {
        var failures = 0, rateLimited = 0
        while true {
            try Task.checkCancellation()
            try await budget.acquire(request.bucket)
            let response: OktaResponse
            do {
                response = try await exchange(request)
            } catch let error where !(error is CancellationError) && !Task.isCancelled {
                failures += 1
                guard failures < retry.maxAttempts, request.idempotent else {
                    throw OktaClientError.unreachable(request: request.label, attempts: failures, reason: Self.describe(error))
                }
                let wait = retry.backoff(attempt: failures)
                logger.warning("Okta request failed; retrying", metadata: [
                    "request": "\(request.label)", "attempt": "\(failures)", "error": "\(Self.describe(error))", "wait": "\(wait)"])
                try await Task.sleep(for: wait)
                continue
            }
            await budget.record(request.bucket, limit: response.intHeader("x-rate-limit-limit"),
                                remaining: response.intHeader("x-rate-limit-remaining"),
                                reset: response.intHeader("x-rate-limit-reset"), serverDate: response.date, status: response.status)
            switch response.status {
            case 429:
                rateLimited += 1
                guard rateLimited <= retry.maxRateLimitWaits else { return response }
                let wait = retry.rateLimitWait(reset: response.intHeader("x-rate-limit-reset"), serverDate: response.date, attempt: rateLimited)
                logger.notice("Okta rate limit reached; waiting for the window to reset", metadata: [
                    "request": "\(request.label)", "wait": "\(wait)"])
                try await Task.sleep(for: wait)
            case 500...599:
                failures += 1
                guard failures < retry.maxAttempts, request.idempotent else { return response }
                let wait = retry.backoff(attempt: failures)
                logger.warning("Okta server error; retrying", metadata: [
                    "request": "\(request.label)", "status": "\(response.status)", "attempt": "\(failures)", "wait": "\(wait)"])
                try await Task.sleep(for: wait)
            default:
                return response
            }
        }
    }

    private func exchange(_ request: OktaRequest) async throws -> OktaResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = request.method
        outgoing.headers = request.headers
        outgoing.headers.replaceOrAdd(name: "Accept", value: "application/json")
        outgoing.headers.replaceOrAdd(name: "User-Agent", value: "vigil-itdr/1.0")
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let timeout = TimeAmount.milliseconds(retry.requestTimeout.milliseconds)
        let response = try await http.execute(outgoing, timeout: timeout)
        var buffer = try await response.body.collect(upTo: Self.maxBody)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        return OktaResponse(status: Int(response.status.code), headers: response.headers, body: bytes)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError, error == .deadlineExceeded || error == .readTimeout {
            return "timed out"
        }
        return String(describing: error)
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
