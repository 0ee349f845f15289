import Foundation
import VigilAWS

/// The AWS-compatible server tests talk to: moto on 127.0.0.1, started by `scripts/test.d/moto.sh`, which
/// exports its URL as `VIGIL_TEST_AWS_ENDPOINT`.
public enum AWSTestServer {
    public static var endpoint: URL? {
        ProcessInfo.processInfo.environment["VIGIL_TEST_AWS_ENDPOINT"].flatMap { URL(string: $0) }
    }

    /// With `VIGIL_TEST_REQUIRE_SERVICES=1` a missing server fails the tests instead of skipping them.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["VIGIL_TEST_REQUIRE_SERVICES"] == "1" }

    /// Whether tests that need the server should run (and fail without it).
    public static var shouldRun: Bool { endpoint != nil || isRequired }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "VIGIL_TEST_AWS_ENDPOINT is unset: start moto with scripts/test (scripts/test.d/moto.sh)" }
    }

    /// A client for the server, with dummy credentials (moto accepts any).
    public static func client(timeout: Duration = .seconds(10), retry: AWSRetryPolicy = AWSRetryPolicy(maximumAttempts: 2)) throws -> AWSClient {
        guard let endpoint else { throw Missing() }
        return AWSClient(credentials: AWSCredentials(accessKeyID: "AKIDVIGILTEST", secretAccessKey: "vigil-test-secret"),
                         region: "us-east-1", endpoint: endpoint, timeout: timeout, retry: retry)
    }

    /// A name no other test (or earlier run against the same server) uses.
    public static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// A fresh bus whose rule sends Okta's System Log events to a fresh queue, as an operator wires the log stream.
    public static func makeLogStreamQueue(visibilityTimeout: Int = 30) async throws -> (bus: String, queueURL: String, client: AWSClient) {
        let aws = try client()
        let sqs = SQSClient(aws: aws), events = EventBridgeClient(aws: aws)
        // AWS names a partner bus after its source (`aws.partner/okta.com/<org>/<name>`); moto refuses `/` in bus
        // names, so tests use a plain custom bus with the same rule.
        let bus = uniqueName("okta-logstream")
        let queueURL = try await events.makeLogStreamQueue(bus: bus, queue: uniqueName("vigil-okta"), rule: uniqueName("okta-systemlog"),
                                                           sqs: sqs, visibilityTimeout: visibilityTimeout)
        return (bus, queueURL, aws)
    }
}
