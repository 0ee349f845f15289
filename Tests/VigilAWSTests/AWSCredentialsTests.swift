import Foundation
import Testing
import VigilAWS

@Suite struct AWSCredentialsTests {
    @Test func readsTheStandardEnvironmentVariables() throws {
        let c = try #require(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": "tok"]))
        #expect(c == AWSCredentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t", sessionToken: "tok"))
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": ""])?.sessionToken == nil)
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID"]) == nil)
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "s3cr3t"]) == nil)
        let named = AWSCredentials.fromEnvironment(["ACME_KEY": "AKID2", "ACME_SECRET": "x", "AWS_ACCESS_KEY_ID": "other", "AWS_SECRET_ACCESS_KEY": "y"],
                                                   accessKeyIDVariable: "ACME_KEY", secretAccessKeyVariable: "ACME_SECRET", sessionTokenVariable: "ACME_TOKEN")
        #expect(named == AWSCredentials(accessKeyID: "AKID2", secretAccessKey: "x"))
    }

    @Test func neverShowsTheSecretOrTheToken() {
        let c = AWSCredentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t-value", sessionToken: "session-token-value")
        for text in ["\(c)", String(describing: c), String(reflecting: c), "\([c])"] {
            #expect(!text.contains("s3cr3t-value") && !text.contains("session-token-value"), "leaked in \(text)")
            #expect(text.contains("AKID"))
        }
    }
}

@Suite struct AWSClientEnvironmentTests {
    @Test func readsRegionAndEndpointOverride() throws {
        let env = ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s", "AWS_DEFAULT_REGION": "eu-west-1",
                   "AWS_ENDPOINT_URL": "http://127.0.0.1:4566"]
        let client = try AWSClient.fromEnvironment(env)
        #expect(client.region == "eu-west-1")
        #expect(client.endpoint(for: .sqs).absoluteString == "http://127.0.0.1:4566")
        let regional = try AWSClient.fromEnvironment(region: "us-west-2", ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s", "AWS_REGION": "eu-west-1"])
        #expect(regional.endpoint(for: .eventBridge).absoluteString == "https://events.us-west-2.amazonaws.com/")
        #expect(regional.endpoint(for: .sqs).absoluteString == "https://sqs.us-west-2.amazonaws.com/")
    }

    @Test func saysWhatIsMissing() {
        #expect(throws: AWSClient.ConfigurationError.self) { try AWSClient.fromEnvironment(["AWS_REGION": "us-east-1"]) }
        #expect(throws: AWSClient.ConfigurationError.self) { try AWSClient.fromEnvironment(["AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "s"]) }
        #expect(throws: AWSClient.ConfigurationError.self) {
            try AWSClient.fromEnvironment(["AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "s", "AWS_REGION": "x", "AWS_ENDPOINT_URL": "localhost"])
        }
    }
}
