import Foundation
import Testing
@testable import VigilOkta
import VigilOktaTesting

@Suite struct ResourceTests {
    static func user(_ id: String, _ login: String) -> String {
        #"{"id":"\#(id)","status":"ACTIVE","created":"2026-01-02T03:04:05.000Z","lastUpdated":"2026-11-20T10:00:00.000Z","lastLogin":null,"profile":{"login":"\#(login)","firstName":"Ada","lastName":"Lovelace","email":"\#(login)","costCenter":"R&D"}}"#
    }

    @Test func usersFollowLinksAndSearchIsEncoded() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            let n = await recorder.record(request)
            let base = "http://\(request.header("host")!)"
            if n == 0 {
                return .json("[\(Self.user("00u1", "ada@example.com"))]", headers: [
                    ("Link", "<\(base)/api/v1/users?limit=200>; rel=\"self\""),
                    ("Link", "<\(base)/api/v1/users?after=00u1&limit=200>; rel=\"next\""),
                ])
            }
            return .json("[\(Self.user("00u2", "bob@example.com"))]", headers: [("Link", "<\(base)/api/v1/users?after=00u1&limit=200>; rel=\"self\"")])
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let users = try await client.usersUpdated(since: Date(timeIntervalSince1970: 1_763_632_800))
            #expect(users.map(\.id) == ["00u1", "00u2"])
            #expect(users[0].displayName == "Ada Lovelace")
            #expect(users[0].profile?["costCenter"]?.stringValue == "R&D")
            #expect(users[0].lastLogin == nil && users[0].created != nil)
        }
        let requests = await recorder.requests
        #expect(requests[0].queryItems["search"] == #"lastUpdated gt "2025-11-20T10:00:00.000Z""#)
        #expect(requests[1].queryItems["after"] == "00u1")
    }

    @Test func lifecycleActionsCallOktasEndpoints() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            if request.path.hasSuffix("/suspend") {
                return .oktaError(400, code: "E0000001", summary: "Api validation failed: Cannot suspend a user that is not active")
            }
            return request.method == "DELETE" ? ScriptedResponse(status: 204) : .json("{}")
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            try await client.perform(.clearSessions(revokeOAuthTokens: true), onUser: "00u1")
            try await client.perform(.resetFactors, onUser: "00u1")
            try await client.perform(.deactivate, onUser: "00u1")
            let error = await #expect(throws: OktaAPIError.self) { try await client.perform(.suspend, onUser: "00u1") }
            #expect(error?.description.contains("Cannot suspend a user that is not active") == true)
        }
        let calls = await recorder.requests.map { "\($0.method) \($0.path)?\($0.query ?? "")" }
        #expect(calls == ["DELETE /api/v1/users/00u1/sessions?oauthTokens=true", "POST /api/v1/users/00u1/lifecycle/reset_factors?",
                          "POST /api/v1/users/00u1/lifecycle/deactivate?sendEmail=false", "POST /api/v1/users/00u1/lifecycle/suspend?"])
    }

    @Test func eventHookCreationAndTheLimitError() async throws {
        let recorder = RequestRecorder()
        let hook = #"{"id":"who1","name":"vigil","status":"ACTIVE","verificationStatus":"UNVERIFIED","events":{"type":"EVENT_TYPE","items":["user.session.start"]},"channel":{"type":"HTTP","version":"1.0.0","config":{"uri":"https://vigil.example/hooks/okta/org1","headers":[],"authScheme":{"type":"HEADER","key":"Authorization"}}}}"#
        try await ScriptedOktaServer.with({ request in
            let n = await recorder.record(request)
            if request.path == "/api/v1/eventHooks" && request.method == "POST" {
                return n == 0 ? .json(hook) : .oktaError(400, code: "E0000001", summary: "Api validation failed: You have reached the maximum number of event hooks.")
            }
            return .json(hook.replacingOccurrences(of: "UNVERIFIED", with: "VERIFIED"))
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let request = OktaEventHookRequest(name: "vigil", uri: "https://vigil.example/hooks/okta/org1",
                                               eventTypes: ["user.session.start"], secret: "hook-secret-123")
            let created = try await client.createEventHook(request)
            #expect(created.id == "who1" && !created.isDelivering)
            #expect(try await client.verifyEventHook("who1").isDelivering)
            let error = await #expect(throws: OktaAPIError.self) { try await client.createEventHook(request) }
            #expect(error?.description.contains("maximum number of event hooks (Okta allows 25)") == true)
        }
        let sent = try #require(await recorder.requests.first)
        let body = try JSONSerialization.jsonObject(with: Data(sent.body)) as? [String: Any]
        let config = (body?["channel"] as? [String: Any])?["config"] as? [String: Any]
        #expect((config?["authScheme"] as? [String: String])?["value"] == "hook-secret-123")
        #expect(await recorder.requests[1].path == "/api/v1/eventHooks/who1/lifecycle/verify")
    }

    @Test func validateReportsEachFeatureWithAFix() async throws {
        try await ScriptedOktaServer.with({ request in
            switch request.path {
            case "/api/v1/logStreams", "/api/v1/eventHooks":
                return .oktaError(403, code: "E0000006", summary: "You do not have permission to perform the requested action")
            default:
                return .json("[]")
            }
        }) { base in
            let report = try await makeClient(base, .apiToken("t")).validate()
            #expect(report.checks.map(\.name) == ["reachability", "credentials", "logs", "users", "event hooks", "log streams", "clock"])
            #expect(report.check("logs")?.outcome == .passed)
            #expect(report.check("log streams")?.outcome == .failed)
            #expect(report.check("log streams")?.fix?.contains("okta.logStreams.read") == true)
            #expect(report.check("clock")?.outcome == .passed)
            #expect(abs(report.clockSkew ?? 99) < 2)
            #expect(!report.isUsable)
        }
    }

    @Test func clockSkewBeyondFiveMinutesFails() {
        #expect(OktaClient.clockCheck(600).outcome == .failed)
        #expect(OktaClient.clockCheck(-120).outcome == .warning)
        #expect(OktaClient.clockCheck(-120).detail == "local clock is 120 s behind Okta's")
        #expect(OktaClient.clockCheck(nil).outcome == .warning)
    }

    @Test func validateSaysWhenTheOrgIsUnreachableOrTheTokenIsBad() async throws {
        let unreachable = try await makeClient(URL(string: "http://127.0.0.1:9")!, .apiToken("t")).validate()
        #expect(unreachable.check("reachability")?.outcome == .failed)
        #expect(unreachable.check("logs")?.outcome == .skipped)
        try await ScriptedOktaServer.with({ _ in .oktaError(401, code: "E0000011", summary: "Invalid token provided") }) { base in
            let report = try await makeClient(base, .apiToken("t")).validate()
            #expect(report.check("credentials")?.outcome == .failed)
            #expect(report.check("credentials")?.fix?.contains("create a new one") == true)
            #expect(report.check("users")?.outcome == .skipped)
        }
    }
}
