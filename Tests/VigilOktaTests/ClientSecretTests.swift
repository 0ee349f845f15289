import Foundation
import Testing
@testable import VigilOkta
import VigilOktaTesting

@Suite struct ClientSecretTests {
    static func basic(_ id: String, _ secret: String) -> String { "Basic " + Data("\(id):\(secret)".utf8).base64EncodedString() }

    /// An org that accepts only `accepted` for client `0oaSvc`, with tokens that live `expiresIn` seconds.
    static func org(accepting accepted: String, expiresIn: Int = 3600, recorder: RequestRecorder) -> ScriptedOktaServer.Handler {
        { request in
            let earlier = await recorder.record(request)
            guard request.path == "/oauth2/v1/token" else { return okUsers }
            guard request.header("authorization") == basic("0oaSvc", accepted), request.form["grant_type"] == "client_credentials" else {
                return .oauthError(401, error: "invalid_client", description: "Invalid value for 'client_secret' parameter.")
            }
            return .json(#"{"token_type":"Bearer","expires_in":\#(expiresIn),"access_token":"tok-\#(earlier)"}"#)
        }
    }

    @Test func rotationFallsBackToTheSecondSecretAndRemembersIt() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with(Self.org(accepting: "new-secret", expiresIn: 1, recorder: recorder)) { base in
            let client = try makeClient(base, .clientSecret(clientID: "0oaSvc", secrets: ["old-secret", "new-secret"], scopes: ["okta.logs.read"]))
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            try await Task.sleep(for: .milliseconds(1100))  // the 1 s token has expired
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            #expect(await client.acceptedSecretIndex == 1)
        }
        let tokenAuth = await recorder.requests(to: "/oauth2/v1/token").map { $0.header("authorization") }
        // old (refused), new (accepted); after expiry the new one is tried first.
        #expect(tokenAuth == [Self.basic("0oaSvc", "old-secret"), Self.basic("0oaSvc", "new-secret"), Self.basic("0oaSvc", "new-secret")])
        #expect(await recorder.requests(to: "/oauth2/v1/token").first?.form["scope"] == "okta.logs.read")
    }

    @Test func tokensAreCachedUntilShortlyBeforeExpiry() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with(Self.org(accepting: "s3cr3t-value", recorder: recorder)) { base in
            let client = try makeClient(base, .clientSecret(clientID: "0oaSvc", secrets: ["s3cr3t-value"], scopes: ["okta.users.read"]))
            // Concurrent first calls share one token request.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<5 { group.addTask { try await client.call(OktaRequest(url: client.url("/api/v1/users"))) } }
                try await group.waitForAll()
            }
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            #expect(await client.tokenRequestCount == 1)
        }
        let auth = Set(await recorder.requests(to: "/api/v1/users").map { $0.header("authorization") })
        #expect(auth == ["Bearer tok-0"])
    }

    @Test func bothSecretsRefusedGivesAClearRedactedError() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with(Self.org(accepting: "other", recorder: recorder)) { base in
            let credential = OktaCredential.clientSecret(clientID: "0oaSvc", secrets: ["hunter2-primary", "hunter2-secondary"], scopes: [])
            let client = try makeClient(base, credential)
            let error = await #expect(throws: OktaAPIError.self) { try await client.call(OktaRequest(url: client.url("/api/v1/users"))) }
            let text = String(describing: error) + credential.description + String(reflecting: credential)
            #expect(error?.code == "invalid_client")
            #expect(error?.request == "POST /oauth2/v1/token")
            #expect(!text.contains("hunter2"))
            var dumped = ""
            dump(credential, to: &dumped)
            #expect(!dumped.contains("hunter2"))
        }
        #expect(await recorder.requests(to: "/oauth2/v1/token").count == 2)
    }

    @Test func apiTokenIsSentAsSSWSAndNeverPrinted() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            return okUsers
        }) { base in
            let client = try makeClient(base, .apiToken("00abcSECRETtoken"))
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            #expect(!client.credentialDescription.contains("SECRET"))
        }
        #expect(await recorder.requests.map { $0.header("authorization") } == ["SSWS 00abcSECRETtoken"])
        #expect(!"\(OktaCredential.apiToken("00abcSECRETtoken"))".contains("SECRET"))
    }

    @Test func linksToOtherHostsNeverGetTheCredential() async throws {
        #expect(OktaClient.origin(URL(string: "https://Acme.okta.com:443/api/v1/logs?after=1")!) == OktaClient.origin(URL(string: "https://acme.okta.com")!))
        let client = try makeClient(URL(string: "http://127.0.0.1:9")!, .apiToken("t"))
        await #expect(throws: OktaClientError.self) {
            try await client.call(OktaRequest(url: URL(string: "http://evil.example/api/v1/logs")!))
        }
    }
}
