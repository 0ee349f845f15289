import Foundation
import Testing
@testable import VigilOkta
import VigilOktaTesting

@Suite struct RetryTests {
    @Test func rateLimitWaitsUntilTheResetOktaAnnounced() async throws {
        let recorder = RequestRecorder()
        let budget = RateLimitBudget()
        try await ScriptedOktaServer.with({ request in
            if await recorder.record(request) == 0 {
                return .oktaError(429, code: "E0000047", summary: "API call exceeded rate limit due to too many requests.", headers: [
                    ("X-Rate-Limit-Limit", "60"), ("X-Rate-Limit-Remaining", "0"),
                    ("X-Rate-Limit-Reset", "\(Int(Date().timeIntervalSince1970) + 2)"),
                ])
            }
            return okUsers
        }) { base in
            // A wait capped far above the announced reset, so that a reset misread shows as the cap.
            var retry = fastRetry
            retry.maxRateLimitWait = .seconds(120)
            let client = try makeClient(base, .apiToken("t"), budget: budget, retry: retry)
            let start = ContinuousClock.now
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            let waited = ContinuousClock.now - start
            // Reset has 1 s resolution and the Date header truncates: at least 1 s, about 2 s plus jitter. The upper
            // bound leaves room for a loaded CI machine (the whole suite beside a busy core took 10 s here) while
            // staying well under the cap.
            #expect(waited >= .milliseconds(1000) && waited < .seconds(60), "waited \(waited)")
        }
        #expect(await recorder.requests.count == 2)
        #expect(await budget.rateLimitedCount == 1)
    }

    @Test func rateLimitWaitIsMeasuredOnTheOrgsClock() {
        let policy = RetryPolicy(resetJitter: .zero, maxRateLimitWait: .seconds(120))
        // The org's clock runs an hour ahead: its reset is 10 s after its own now, whatever the local clock says.
        let orgNow = Date().addingTimeInterval(3600)
        let wait = policy.rateLimitWait(reset: Int(orgNow.timeIntervalSince1970) + 10, serverDate: orgNow, attempt: 1)
        #expect(wait > .seconds(9) && wait <= .seconds(10))
        #expect(policy.rateLimitWait(reset: Int(orgNow.timeIntervalSince1970) + 10_000, serverDate: orgNow, attempt: 1) == .seconds(120))
    }

    @Test func serverErrorsAreRetriedWithBackoff() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            let earlier = await recorder.record(request)
            return earlier < 2 ? .oktaError(500, code: "E0000009", summary: "Internal Server Error") : okUsers
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let response = try await client.call(OktaRequest(url: client.url("/api/v1/users")))
            #expect(response.status == 200)
        }
        #expect(await recorder.requests.count == 3)
    }

    @Test func persistentServerErrorsEndInOktasError() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            return .oktaError(503, code: "E0000009", summary: "Service unavailable")
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let error = await #expect(throws: OktaAPIError.self) { try await client.call(OktaRequest(url: client.url("/api/v1/logs"))) }
            #expect(error?.status == 503)
            #expect(error?.description == "Okta answered 503 to GET /api/v1/logs: E0000009 Service unavailable [errorId oaeE0000009]")
        }
        #expect(await recorder.requests.count == fastRetry.maxAttempts)
    }

    @Test func responseActionsAreNotRepeatedAfterAServerError() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            return .oktaError(502, code: "E0000009", summary: "Bad gateway")
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let error = await #expect(throws: OktaAPIError.self) { try await client.perform(.suspend, onUser: "00u1") }
            #expect(error?.status == 502)
        }
        // Okta may have suspended the user already; a retry would fail with "not active" and hide that.
        #expect(await recorder.requests.count == 1)
    }

    @Test func timeoutsAreRetried() async throws {
        let recorder = RequestRecorder()
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), requestTimeout: .seconds(2))
        try await ScriptedOktaServer.with({ request in
            if await recorder.record(request) == 0 { try? await Task.sleep(for: .seconds(8)) }
            return okUsers
        }) { base in
            let client = try makeClient(base, .apiToken("t"), retry: policy)
            try await client.call(OktaRequest(url: client.url("/api/v1/users")))
        }
        #expect(await recorder.requests.count == 2)
    }

    @Test func permissionErrorsAreNotRetriedAndExplainTheFix() async throws {
        let recorder = RequestRecorder()
        try await ScriptedOktaServer.with({ request in
            await recorder.record(request)
            return .oktaError(403, code: "E0000006", summary: "You do not have permission to perform the requested action")
        }) { base in
            let client = try makeClient(base, .apiToken("t"))
            let error = await #expect(throws: OktaAPIError.self) { try await client.call(OktaRequest(url: client.url("/api/v1/eventHooks"))) }
            #expect(error?.code == "E0000006")
            #expect(error?.description.contains("admin role or OAuth scope") == true)
        }
        #expect(await recorder.requests.count == 1)
    }

    @Test func budgetKeepsTheReserveByWaitingForTheWindow() async throws {
        let recorder = RequestRecorder()
        let budget = RateLimitBudget(reserveShare: 0.3)
        try await ScriptedOktaServer.with({ request in
            let earlier = await recorder.record(request)
            // 4, then 3 of 10 left: a third call would leave 2, below the 30% reserve, so it waits for the reset,
            // which is always at least a second away.
            let reset = Int(Date().timeIntervalSince1970) + 2
            return .json("[]", headers: [("X-Rate-Limit-Limit", "10"), ("X-Rate-Limit-Remaining", "\(4 - earlier)"),
                                         ("X-Rate-Limit-Reset", "\(reset)")])
        }) { base in
            let client = try makeClient(base, .apiToken("t"), budget: budget)
            let url = client.url("/api/v1/users")
            try await client.call(OktaRequest(url: url))
            var start = ContinuousClock.now
            try await client.call(OktaRequest(url: url))
            #expect(ContinuousClock.now - start < .milliseconds(900), "one call within the budget does not wait")
            start = .now
            try await client.call(OktaRequest(url: url))
            #expect(ContinuousClock.now - start >= .milliseconds(900), "the reserve is kept by waiting for the reset")
            let bucket = await budget.snapshot()["GET /api/v1/users"]
            #expect(bucket?.limit == 10)
        }
        #expect(await budget.rateLimitedCount == 0)
    }

    @Test func bucketsGroupPathsByEndpoint() {
        #expect(RateLimitBudget.bucket(method: "GET", path: "/api/v1/users/00u1abcdEFGH2345/roles")
                == RateLimitBudget.bucket(method: "GET", path: "/api/v1/users/00u9zzzzEFGH2345/roles"))
        #expect(RateLimitBudget.bucket(method: "GET", path: "/api/v1/logs") == "GET /api/v1/logs")
        #expect(RateLimitBudget.bucket(method: "POST", path: "/oauth2/v1/token") == "POST /oauth2/v1/token")
    }
}
