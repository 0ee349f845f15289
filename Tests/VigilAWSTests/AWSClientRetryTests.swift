import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import VigilAWS

/// The client against a scripted AWS-like server on 127.0.0.1: what goes over the wire is signed correctly (the
/// server checks the signature from the bytes it received), and failures are retried or not as they should be.
@Suite struct AWSClientRetryTests {
    struct Reply: Sendable {
        var status: Int
        var body: String
        var delay: Duration = .zero
    }

    /// What the server saw of one request.
    struct Seen: Sendable {
        var target: String?
        var contentType: String?
        var signatureValid: Bool
    }

    final class Script: Sendable {
        let replies: Mutex<[Reply]>
        let seen = Mutex<[Seen]>([])
        init(_ replies: [Reply]) { self.replies = Mutex(replies) }
        /// The next reply; the last one repeats.
        func next() -> Reply { replies.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] } }
    }

    static let credentials = AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "test/secret+key", sessionToken: "session")

    /// Recomputes the signature from the request as received.
    static func verify(_ request: Request, body: [UInt8]) -> Bool {
        guard let authorization = request.headers[.authorization],
              let signedList = authorization.components(separatedBy: "SignedHeaders=").last?.components(separatedBy: ",").first,
              let signature = authorization.components(separatedBy: "Signature=").last,
              let amzDate = request.headers[HTTPField.Name("x-amz-date")!],
              request.headers[HTTPField.Name("x-amz-content-sha256")!] == Array(SHA256.hash(data: body)).hex,
              let authority = request.head.authority else { return false }
        let headers: [(name: String, value: String)] = signedList.split(separator: ";").map { name in
            if name == "host" { return ("host", authority) }
            return (String(name), request.headers[values: HTTPField.Name(String(name))!].joined(separator: ","))
        }
        let url = URL(string: "http://\(authority)\(request.head.path ?? "/")")!
        let canonical = SigV4Signer.canonicalRequest(method: "POST", url: url, headers: headers, payloadHash: Array(SHA256.hash(data: body)).hex)
        let day = String(amzDate.prefix(8))
        let toSign = "AWS4-HMAC-SHA256\n\(amzDate)\n\(day)/us-east-1/sqs/aws4_request\n\(Array(SHA256.hash(data: Array(canonical.request.utf8))).hex)"
        let key = SigV4Signer.signingKey(secret: credentials.secretAccessKey, day: day, region: "us-east-1", service: "sqs")
        return Array(HMAC<SHA256>.authenticationCode(for: Array(toSign.utf8), using: key)).hex == signature
            && headers.contains { $0.name == "x-amz-security-token" && $0.value == "session" }
    }

    /// Runs `body` with an SQS client pointed at a server answering with `replies` in turn.
    static func withServer(_ replies: [Reply], timeout: Duration = .seconds(5), attempts: Int = 4,
                           _ body: @Sendable (SQSClient, Script) async throws -> Void) async throws {
        let script = Script(replies)
        let router = Router()
        router.post("/") { request, _ -> Response in
            let bytes = Array(buffer: try await request.body.collect(upTo: 1 << 20))
            script.seen.withLock {
                $0.append(Seen(target: request.headers[HTTPField.Name("X-Amz-Target")!], contentType: request.headers[.contentType],
                               signatureValid: verify(request, body: bytes)))
            }
            let reply = script.next()
            if reply.delay > .zero { try await Task.sleep(for: reply.delay) }
            return Response(status: .init(code: reply.status), headers: [.contentType: "application/x-amz-json-1.0"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let aws = AWSClient(credentials: credentials, region: "us-east-1", endpoint: URL(string: "http://127.0.0.1:\(client.port!)/")!,
                                timeout: timeout, retry: AWSRetryPolicy(maximumAttempts: attempts, baseDelay: .milliseconds(5), maximumDelay: .milliseconds(50)))
            try await body(SQSClient(aws: aws), script)
        }
    }

    static let ok = Reply(status: 200, body: #"{"QueueUrl":"http://127.0.0.1/123456789012/q"}"#)

    @Test func signsWhatItSends() async throws {
        try await Self.withServer([Self.ok]) { sqs, script in
            let url = try await sqs.queueURL(named: "q")
            #expect(url == "http://127.0.0.1/123456789012/q")
            let seen = script.seen.withLock { $0 }
            #expect(seen.count == 1)
            #expect(seen.first?.target == "AmazonSQS.GetQueueUrl" && seen.first?.contentType == "application/x-amz-json-1.0")
            #expect(seen.first?.signatureValid == true)
        }
    }

    @Test func retriesServerErrorsAndThrottling() async throws {
        let throttled = Reply(status: 400, body: #"{"__type":"com.amazonaws.sqs#ThrottlingException","message":"slow down"}"#)
        try await Self.withServer([Reply(status: 503, body: "unavailable"), throttled, Self.ok]) { sqs, script in
            let url = try await sqs.queueURL(named: "q")
            #expect(url == "http://127.0.0.1/123456789012/q")
            #expect(script.seen.withLock { $0.count } == 3)
            #expect(script.seen.withLock { $0.allSatisfy(\.signatureValid) })
        }
    }

    @Test func doesNotRetryClientErrors() async throws {
        try await Self.withServer([Reply(status: 400, body: #"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"no such queue"}"#)]) { sqs, script in
            let error = await #expect(throws: AWSError.self) { _ = try await sqs.queueURL(named: "q") }
            #expect(error?.code == "QueueDoesNotExist" && error?.statusCode == 400)
            #expect(script.seen.withLock { $0.count } == 1)
        }
    }

    @Test func givesUpAfterTheLastAttempt() async throws {
        try await Self.withServer([Reply(status: 500, body: #"{"__type":"InternalError","message":"boom"}"#)], attempts: 3) { sqs, script in
            let error = await #expect(throws: AWSError.self) { _ = try await sqs.queueURL(named: "q") }
            #expect(error?.description == "SQS GetQueueUrl failed: HTTP 500 InternalError: boom")
            #expect(script.seen.withLock { $0.count } == 3)
        }
    }

    @Test func retriesARequestThatTimesOut() async throws {
        try await Self.withServer([Reply(status: 200, body: Self.ok.body, delay: .seconds(10)), Self.ok], timeout: .milliseconds(500)) { sqs, script in
            let start = ContinuousClock.now
            let url = try await sqs.queueURL(named: "q")
            #expect(url == "http://127.0.0.1/123456789012/q")
            // Well before the slow reply would have come: the client gave up on it and asked again.
            #expect(ContinuousClock.now - start < .seconds(10))
            #expect(script.seen.withLock { $0.count } == 2)
        }
    }

    @Test func reportsAnAnswerThatIsNotTheOperationsOutput() async throws {
        try await Self.withServer([Reply(status: 200, body: #"{"unexpected":true}"#)]) { sqs, _ in
            let error = await #expect(throws: AWSError.self) { _ = try await sqs.queueURL(named: "q") }
            if case .invalidResponse = error?.kind {} else { Issue.record("expected invalidResponse, got \(String(describing: error))") }
        }
    }
}
