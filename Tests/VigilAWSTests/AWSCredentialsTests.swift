import Testing
import VigilAWS

@Suite struct AWSCredentialsTests {
    @Test func readsTheStandardEnvironmentVariables() throws {
        let c = try #require(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": "tok"]))
        #expect(c == AWSCredentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t", sessionToken: "tok"))
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": ""])?.sessionToken == nil)
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID"]) == nil)
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "s3cr3t"]) == nil)
    }

    @Test func neverShowsTheSecretOrTheToken() {
        let c = AWSCredentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t-value", sessionToken: "session-token-value")
        for text in ["\(c)", String(describing: c), String(reflecting: c), "\([c])"] {
            #expect(!text.contains("s3cr3t-value") && !text.contains("session-token-value"), "leaked in \(text)")
            #expect(text.contains("AKID"))
        }
    }
}
