import Testing
@testable import VigilAWS

@Suite struct AWSErrorTests {
    @Test func decodesJSONProtocolErrors() {
        let sqs = AWSError.decode(body: Array(#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#.utf8),
                                  queryErrorHeader: nil, statusCode: 400)
        #expect(sqs.code == "QueueDoesNotExist" && sqs.message == "The specified queue does not exist.")
        let legacy = AWSError.decode(body: Array(#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#.utf8),
                                     queryErrorHeader: "AWS.SimpleQueueService.NonExistentQueue;Sender", statusCode: 400)
        #expect(legacy.code == "AWS.SimpleQueueService.NonExistentQueue")
        let uri = AWSError.decode(body: Array(#"{"__type":"ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.events/","Message":"Rule r does not exist."}"#.utf8),
                                  queryErrorHeader: nil, statusCode: 400)
        #expect(uri.code == "ResourceNotFoundException" && uri.message == "Rule r does not exist.")
        let html = AWSError.decode(body: Array("<html>Bad Gateway</html>".utf8), queryErrorHeader: nil, statusCode: 502)
        #expect(html.code == "HTTP502" && html.message == "<html>Bad Gateway</html>")
    }

    @Test func retriesOnlyWhatMayWorkNextTime() {
        func error(_ code: String, _ status: Int) -> AWSError {
            AWSError(service: "SQS", operation: "ReceiveMessage", kind: .service(code: code, message: ""), statusCode: status)
        }
        #expect(error("ThrottlingException", 400).isRetryable)
        #expect(error("InternalError", 500).isRetryable)
        #expect(error("Whatever", 429).isRetryable)
        #expect(!error("QueueDoesNotExist", 400).isRetryable)
        #expect(!error("InvalidSignatureException", 403).isRetryable)
        #expect(AWSError(service: "SQS", operation: "ReceiveMessage", kind: .transport("connection refused")).isRetryable)
        #expect(!AWSError(service: "EventBridge", operation: "PutEvents", kind: .invalidRequest("too many")).isRetryable)
    }

    @Test func saysWhatFailedAndWhere() {
        let e = AWSError(service: "SQS", operation: "ReceiveMessage", kind: .service(code: "QueueDoesNotExist", message: "gone"),
                         statusCode: 400, requestID: "req-1")
        #expect(e.description == "SQS ReceiveMessage failed: HTTP 400 QueueDoesNotExist: gone (request id req-1)")
    }

    @Test func backoffStaysUnderItsCap() {
        let policy = AWSRetryPolicy(maximumAttempts: 5, baseDelay: .milliseconds(100), maximumDelay: .seconds(1))
        for retry in 0..<12 {
            let cap = min(Duration.seconds(1), .milliseconds(100) * (1 << retry))
            for _ in 0..<50 {
                let d = policy.delay(beforeRetry: retry)
                #expect(d >= .zero && d <= cap)
            }
        }
        for retry in 0..<12 {
            let cap = min(Duration.seconds(1), .milliseconds(100) * (1 << retry))
            for _ in 0..<50 {
                let d = policy.steadyDelay(beforeRetry: retry)
                #expect(d >= cap / 2 && d <= cap)
            }
        }
        // Jittered: not every wait is the same.
        #expect(Set((0..<50).map { _ in policy.delay(beforeRetry: 3) }).count > 1)
    }
}
