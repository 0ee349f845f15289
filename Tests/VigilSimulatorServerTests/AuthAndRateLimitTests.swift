import Foundation
import Testing
@testable import VigilSimulatorServer

@Suite("SSWS authentication, rate limits and errors over HTTP")
struct AuthAndRateLimitTests {
    @Test("SSWS with and without the space is accepted; a missing or wrong token is 401 E0000011")
    func ssws() async throws {
        try await LiveServer.with { live in
            #expect(try await live.request("/api/v1/users?limit=1").status == 200)
            #expect(try await live.request("/api/v1/users?limit=1", auth: "SSWS\(LiveServer.token)").status == 200)
            for auth in [nil, "SSWS wrong", "Bearer nope", "Basic abc"] as [String?] {
                let reply = try await live.request("/api/v1/logs", auth: auth)
                #expect(reply.status == 401)
                #expect(reply.errorCode == "E0000011")
                #expect(reply.object["errorSummary"] as? String == "Invalid token provided")
            }
        }
    }

    @Test("unknown users and paths are 404 E0000007")
    func notFound() async throws {
        try await LiveServer.with { live in
            let user = try await live.request("/api/v1/users/00unope")
            #expect(user.status == 404)
            #expect(user.errorCode == "E0000007")
            #expect(try await live.request("/api/v1/nothing-here").errorCode == "E0000007")
        }
    }

    @Test("X-Rate-Limit headers on every response; over the bucket's limit 429 E0000047 until the window resets")
    func rateLimit() async throws {
        try await LiveServer.with(configure: { $0.rateLimits.perMinute["/api/v1/logs"] = 3 }) { live in
            var remaining: [String] = []
            for _ in 0..<3 {
                let reply = try await live.request("/api/v1/logs")
                #expect(reply.status == 200)
                #expect(reply.headers["X-Rate-Limit-Limit"].first == "3")
                remaining += reply.headers["X-Rate-Limit-Remaining"]
            }
            #expect(remaining == ["2", "1", "0"])
            let over = try await live.request("/api/v1/logs")
            #expect(over.status == 429)
            #expect(over.errorCode == "E0000047")
            let reset = try #require(over.headers["X-Rate-Limit-Reset"].first.flatMap(Int.init))
            #expect(reset > Int(Date().timeIntervalSince1970))
            #expect(reset <= Int(Date().timeIntervalSince1970) + 61)
            // Other buckets are unaffected, and errors carry the headers too.
            let users = try await live.request("/api/v1/users/00unope")
            #expect(users.status == 404)
            #expect(users.headers["X-Rate-Limit-Limit"].first == "600")
        }
    }

    @Test("past the concurrency limit requests get 429 with limit 0")
    func concurrency() async throws {
        let limiter = RateLimiter(configuration: {
            var c = RateLimitConfiguration()
            c.concurrency = 2
            return c
        }())
        #expect(await limiter.admit(path: "/api/v1/logs").allowed)
        #expect(await limiter.admit(path: "/api/v1/users").allowed)
        let third = await limiter.admit(path: "/api/v1/apps")
        #expect(!third.allowed)
        #expect(third.limit == 0 && third.remaining == 0)
        await limiter.finish()
        #expect(await limiter.admit(path: "/api/v1/apps").allowed)
    }
}
