import Crypto
import Foundation
import Testing
@testable import VigilAWS

/// Checked against the values AWS publishes for its SigV4 examples (the documented example key, dated
/// 2015-08-30T12:36:00Z), then by properties a correct signer must have.
@Suite struct SigV4SignerTests {
    static let example = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 20150830T123600Z

    func signature(_ method: String, _ url: String, headers: [(name: String, value: String)] = [], body: String = "",
                   service: String = "service", credentials: AWSCredentials = example) -> SigV4Signer.Signature {
        SigV4Signer(credentials: credentials, region: "us-east-1", service: service, addsContentSHA256Header: false)
            .sign(method: method, url: URL(string: url)!, headers: headers, body: Array(body.utf8), date: Self.date)
    }

    @Test func amzDate() {
        #expect(SigV4Signer.amzDate(Self.date) == "20150830T123600Z")
    }

    @Test func derivesTheDocumentedSigningKeys() {
        let key = SigV4Signer.signingKey(secret: Self.example.secretAccessKey, day: "20150830", region: "us-east-1", service: "iam")
        #expect(key.withUnsafeBytes { Array($0) }.hex == "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
        let older = SigV4Signer.signingKey(secret: Self.example.secretAccessKey, day: "20120215", region: "us-east-1", service: "iam")
        #expect(older.withUnsafeBytes { Array($0) }.hex == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }

    /// The IAM `ListUsers` example from AWS's signing documentation.
    @Test func signsTheDocumentedIAMExample() {
        let s = signature("GET", "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",
                          headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")], service: "iam")
        #expect(s.canonicalRequest == """
            GET
            /
            Action=ListUsers&Version=2010-05-08
            content-type:application/x-www-form-urlencoded; charset=utf-8
            host:iam.amazonaws.com
            x-amz-date:20150830T123600Z

            content-type;host;x-amz-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        #expect(s.stringToSign == """
            AWS4-HMAC-SHA256
            20150830T123600Z
            20150830/us-east-1/iam/aws4_request
            f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59
            """)
        #expect(s.signature == "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
    }

    /// `get-vanilla`, `get-vanilla-query-order-key-case` and `post-vanilla` from AWS's SigV4 test suite.
    @Test func signsTheTestSuiteRequests() {
        let vanilla = signature("GET", "https://example.amazonaws.com/")
        #expect(vanilla.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
        #expect(vanilla.headers.last?.value == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
        let query = signature("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1")
        #expect(query.canonicalRequest.split(separator: "\n")[2] == "Param1=value1&Param2=value2")
        #expect(query.signature == "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")
        #expect(signature("POST", "https://example.amazonaws.com/").signature == "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")
    }

    @Test func canonicalFormsFollowTheSpecification() {
        #expect(SigV4Signer.uriEncode("a b/c~d_e.f-g*") == "a%20b%2Fc~d_e.f-g%2A")
        #expect(SigV4Signer.canonicalURI("") == "/")
        #expect(SigV4Signer.canonicalURI("/documents%20and%20settings/") == "/documents%2520and%2520settings/")
        #expect(SigV4Signer.canonicalQuery("b=2&a=3&a=1&c") == "a=1&a=3&b=2&c=")
        let headers = SigV4Signer.canonicalHeaders([("My-Header1", "  a   b   c  "), ("Host", "x"), ("my-header1", "second")])
        #expect(headers.canonical == "host:x\nmy-header1:a b c,second\n")
        #expect(headers.signed == "host;my-header1")
    }

    /// A JSON-protocol request as the clients send it, signed in full and recomputed here step by step.
    @Test func roundTripsAJSONRequestWithASessionToken() throws {
        let credentials = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: Self.example.secretAccessKey, sessionToken: "token/with+chars=")
        let body = #"{"QueueUrl":"http://127.0.0.1:5000/123456789012/q","MaxNumberOfMessages":10}"#
        let signer = SigV4Signer(credentials: credentials, region: "eu-west-1", service: "sqs")
        let url = URL(string: "http://127.0.0.1:5000/")!
        let headers: [(name: String, value: String)] = [("Content-Type", "application/x-amz-json-1.0"), ("X-Amz-Target", "AmazonSQS.ReceiveMessage")]
        let s = signer.sign(method: "POST", url: url, headers: headers, body: Array(body.utf8), date: Self.date)
        let added = Dictionary(uniqueKeysWithValues: s.headers.map { ($0.name, $0.value) })
        let payloadHash = SHA256.hash(data: Array(body.utf8)).hex
        #expect(added["x-amz-content-sha256"] == payloadHash)
        #expect(added["x-amz-security-token"] == "token/with+chars=")
        let canonical = """
            POST
            /

            content-type:application/x-amz-json-1.0
            host:127.0.0.1:5000
            x-amz-content-sha256:\(payloadHash)
            x-amz-date:20150830T123600Z
            x-amz-security-token:token/with+chars=
            x-amz-target:AmazonSQS.ReceiveMessage

            content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target
            \(payloadHash)
            """
        #expect(s.canonicalRequest == canonical)
        var key = SymmetricKey(data: Array("AWS4\(credentials.secretAccessKey)".utf8))
        for part in ["20150830", "eu-west-1", "sqs", "aws4_request"] {
            key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key))
        }
        let toSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/eu-west-1/sqs/aws4_request\n\(SHA256.hash(data: Array(canonical.utf8)).hex)"
        let expected = HMAC<SHA256>.authenticationCode(for: Array(toSign.utf8), using: key).hex
        #expect(added["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/sqs/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target, Signature=\(expected)")
    }

    @Test func signatureDependsOnEverySignedPartButNotOnHeaderOrderOrCase() {
        let base = signature("POST", "https://sqs.us-east-1.amazonaws.com/", headers: [("X-Amz-Target", "AmazonSQS.SendMessage"), ("Content-Type", "a")], body: "{}")
        let reordered = signature("POST", "https://sqs.us-east-1.amazonaws.com/", headers: [("content-type", "a"), ("x-amz-target", "AmazonSQS.SendMessage")], body: "{}")
        #expect(base.signature == reordered.signature)
        #expect(base.signature != signature("POST", "https://sqs.us-east-1.amazonaws.com/", headers: [("X-Amz-Target", "AmazonSQS.SendMessage"), ("Content-Type", "a")], body: "{ }").signature)
        #expect(base.signature != signature("POST", "https://sqs.us-east-1.amazonaws.com/", headers: [("X-Amz-Target", "AmazonSQS.DeleteMessage"), ("Content-Type", "a")], body: "{}").signature)
        #expect(base.signature != signature("POST", "https://sqs.us-east-2.amazonaws.com/", headers: [("X-Amz-Target", "AmazonSQS.SendMessage"), ("Content-Type", "a")], body: "{}").signature)
        let otherKey = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "another")
        #expect(base.signature != signature("POST", "https://sqs.us-east-1.amazonaws.com/", headers: [("X-Amz-Target", "AmazonSQS.SendMessage"), ("Content-Type", "a")], body: "{}", credentials: otherKey).signature)
    }
}
