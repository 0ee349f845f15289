import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Calls AWS JSON-protocol APIs (SQS, EventBridge): a signed `POST /` with `X-Amz-Target` naming the operation.
/// Throttling, 5xx answers and lost connections are retried with backoff and jitter; every other failure is
/// thrown at once as an `AWSError`.
public struct AWSClient: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    /// Overrides the regional endpoint for every service (a local AWS-compatible server in tests).
    public var endpoint: URL?
    /// Per attempt, on top of any long-poll wait the operation itself asks for.
    public var timeout: Duration
    public var retry: AWSRetryPolicy
    let httpClient: HTTPClient
    let logger: Logger

    public init(credentials: AWSCredentials, region: String, endpoint: URL? = nil, timeout: Duration = .seconds(30),
                retry: AWSRetryPolicy = AWSRetryPolicy(), httpClient: HTTPClient = .shared,
                logger: Logger = Logger(label: "vigil.aws")) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.timeout = timeout
        self.retry = retry
        self.httpClient = httpClient
        self.logger = logger
    }

    /// `https://<service>.<region>.amazonaws.com/`, or the override.
    public func endpoint(for service: AWSService) -> URL {
        endpoint ?? URL(string: "https://\(service.signingName).\(region).amazonaws.com/")!
    }

    /// Calls `operation` with `input` encoded as JSON and decodes its answer. `extraTimeout` lengthens the
    /// timeout for calls that wait on purpose (a long poll).
    public func call<Input: Encodable, Output: Decodable>(_ service: AWSService, _ operation: String, _ input: Input,
                                                          returning: Output.Type = Output.self,
                                                          extraTimeout: Duration = .zero) async throws -> Output {
        let body: [UInt8]
        do {
            body = Array(try JSONEncoder().encode(input))
        } catch {
            throw AWSError(service: service.displayName, operation: operation, kind: .invalidRequest("cannot encode the request: \(error)"))
        }
        let response = try await send(service, operation, body: body, extraTimeout: extraTimeout)
        do {
            // Operations without output answer `{}` (or nothing at all on some servers).
            return try JSONDecoder().decode(Output.self, from: response.isEmpty ? Data("{}".utf8) : Data(response))
        } catch {
            throw AWSError(service: service.displayName, operation: operation, kind: .invalidResponse("\(error)"), statusCode: 200)
        }
    }

    /// Sends a body, retrying what is worth retrying; returns the 2xx body.
    func send(_ service: AWSService, _ operation: String, body: [UInt8], extraTimeout: Duration) async throws -> [UInt8] {
        var attempt = 0
        while true {
            do {
                return try await sendOnce(service, operation, body: body, extraTimeout: extraTimeout)
            } catch let error as AWSError where error.isRetryable && attempt + 1 < retry.maximumAttempts {
                let delay = retry.delay(beforeRetry: attempt)
                attempt += 1
                logger.warning("AWS call failed; retrying", metadata: [
                    "error": "\(error)", "attempt": "\(attempt + 1)/\(retry.maximumAttempts)", "delay": "\(delay)",
                ])
                try await Task.sleep(for: delay)
            }
        }
    }

    private func sendOnce(_ service: AWSService, _ operation: String, body: [UInt8], extraTimeout: Duration) async throws -> [UInt8] {
        let url = endpoint(for: service)
        let headers: [(name: String, value: String)] = [
            ("Content-Type", "application/x-amz-json-\(service.jsonVersion)"),
            ("X-Amz-Target", "\(service.targetPrefix).\(operation)"),
        ]
        let signer = SigV4Signer(credentials: credentials, region: region, service: service.signingName)
        let signature = signer.sign(method: "POST", url: url, headers: headers, body: body, date: Date())
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        for (name, value) in headers + signature.headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))

        let response: HTTPClientResponse
        let bytes: ByteBuffer
        let limit = timeout + extraTimeout
        do {
            response = try await httpClient.execute(request, timeout: .nanoseconds(limit.nanoseconds))
            bytes = try await response.body.collect(upTo: 16 << 20)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw AWSError(service: service.displayName, operation: operation, kind: .transport("\(error)"))
        }
        let answer = Array(buffer: bytes)
        let requestID = response.headers.first(name: "x-amzn-RequestId") ?? response.headers.first(name: "x-amz-request-id")
        guard (200..<300).contains(response.status.code) else {
            let (code, message) = AWSError.decode(body: answer, queryErrorHeader: response.headers.first(name: "x-amzn-query-error"),
                                                  statusCode: Int(response.status.code))
            throw AWSError(service: service.displayName, operation: operation, kind: .service(code: code, message: message),
                           statusCode: Int(response.status.code), requestID: requestID)
        }
        return answer
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
