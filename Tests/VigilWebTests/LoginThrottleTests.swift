import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import VigilWeb

/// A clock that moves only when told: the sign-in waits are seconds long, and requests on a loaded machine can
/// take longer than that.
final class SteppedClock: Sendable {
    private let seconds = Mutex(1_800_000_000.0)
    func now() -> Double { seconds.withLock { $0 } }
    func advance(_ by: Double) { seconds.withLock { $0 += by } }
}

extension WebApplication {
    /// The same application, its sign-in throttle reading `clock`.
    func throttled(by clock: SteppedClock) -> WebApplication {
        var web = self
        web.loginThrottle = LoginThrottle(clock: clock.now)
        return web
    }
}

@Suite("Access: password guessing is slowed, nobody is locked out")
struct LoginThrottleTests {
    static func attempt(_ client: some TestClientProtocol, _ username: String, _ password: String,
                        from address: String? = nil) async throws -> TestResponse {
        let form = try await client.execute(uri: "/login", method: .get)
        let token = try #require(form.setCookies.first).split(separator: ";")[0].split(separator: "=", maxSplits: 1)[1]
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "vigil_login_csrf=\(token)"]
        if let address { headers[.xForwardedFor] = address }
        return try await client.execute(uri: "/login", method: .post, headers: headers,
            body: ByteBuffer(string: "_csrf=\(token)&username=\(username)&password=\(password)"))
    }

    @Test("After five wrong passwords the next try from that address waits (429, Retry-After), even with the right one")
    func throughHTTP() async throws {
        let fixture = try await Fixture.make(benignEvents: 20)
        defer { fixture.close() }
        let clock = SteppedClock()
        try await fixture.application(try await fixture.webApplication().throttled(by: clock)).test(.router) { client async throws in
            let free = LoginThrottle.Policy().freePerPair
            for _ in 0..<free { #expect(try await Self.attempt(client, "viewer", "wrong").status == .unauthorized) }
            let refused = try await Self.attempt(client, "viewer", "correct+horse+battery")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(try fixture.store.auditLog().first?.action == "session.login_throttled")
            // Another account from the same address is not slowed by someone else's failures.
            _ = try await BrowserSession.signIn(client, as: "analyst")
            // The backoff is short at first: after it, the right password works and clears the count.
            clock.advance(0.9)
            #expect(try await Self.attempt(client, "viewer", "correct+horse+battery").status == .tooManyRequests)
            clock.advance(0.2)
            #expect(try await Self.attempt(client, "viewer", "correct+horse+battery").status == .seeOther)
            #expect(try await Self.attempt(client, "viewer", "wrong").status == .unauthorized)
            #expect(try await Self.attempt(client, "viewer", "wrong").status == .unauthorized)
        }
    }

    @Test("Behind a trusted proxy, a guesser elsewhere cannot lock the user out; untrusted X-Forwarded-For is ignored")
    func forwardedFor() async throws {
        let fixture = try await Fixture.make(benignEvents: 20)
        defer { fixture.close() }
        let right = "correct+horse+battery", free = LoginThrottle.Policy().freePerPair, clock = SteppedClock()
        var trusting = Fixture.configuration
        trusting.trustForwardedFor = true
        try await fixture.application(try await fixture.webApplication(configuration: trusting).throttled(by: clock)).test(.router) { client async throws in
            // The proxy appends the real address last; what the client put before it does not count.
            for i in 0..<free {
                #expect(try await Self.attempt(client, "viewer", "wrong", from: "10.9.9.\(i), 203.0.113.66").status == .unauthorized)
            }
            #expect(try await Self.attempt(client, "viewer", right, from: "203.0.113.66").status == .tooManyRequests)
            #expect(try await Self.attempt(client, "viewer", right, from: "198.51.100.7").status == .seeOther)
        }
        try await fixture.application(try await fixture.webApplication().throttled(by: clock)).test(.router) { client async throws in
            // Without trust, claimed addresses change nothing: the failures all count against the real peer.
            for i in 0..<free {
                #expect(try await Self.attempt(client, "viewer", "wrong", from: "10.0.0.\(i)").status == .unauthorized)
            }
            #expect(try await Self.attempt(client, "viewer", right, from: "10.0.0.99").status == .tooManyRequests)
        }
    }

    @Test("Failures from one address do not delay the same user from another")
    func perAddress() {
        let throttle = LoginThrottle()
        for i in 0..<20 { throttle.recordFailure(username: "alice", address: "203.0.113.9", now: Double(i)) }
        #expect(throttle.wait(username: "alice", address: "203.0.113.9", now: 20) != nil)
        #expect(throttle.wait(username: "ALICE", address: "203.0.113.9", now: 20) != nil)
        #expect(throttle.wait(username: "alice", address: "198.51.100.4", now: 20) == nil)
    }

    @Test("The wait doubles per failure, is capped, and is forgotten an hour after the last failure")
    func backoff() throws {
        let policy = LoginThrottle.Policy()
        let throttle = LoginThrottle(policy: policy)
        var now = 1_000.0
        for _ in 0..<policy.freePerPair - 1 { throttle.recordFailure(username: "bob", address: "a", now: now) }
        #expect(throttle.wait(username: "bob", address: "a", now: now) == nil)
        var expected = 1.0
        for _ in 0..<14 {
            throttle.recordFailure(username: "bob", address: "a", now: now)
            let wait = try #require(throttle.wait(username: "bob", address: "a", now: now))
            #expect(wait == min(expected, policy.maximumPairDelay))
            now += wait
            #expect(throttle.wait(username: "bob", address: "a", now: now) == nil)
            expected *= 2
        }
        #expect(expected > policy.maximumPairDelay)
        throttle.recordFailure(username: "bob", address: "a", now: now)
        #expect(throttle.wait(username: "bob", address: "a", now: now + policy.maximumPairDelay - 1) != nil)
        // An hour on, the count starts again from zero.
        now += policy.forgetAfter
        throttle.recordFailure(username: "bob", address: "a", now: now)
        #expect(throttle.wait(username: "bob", address: "a", now: now) == nil)
    }

    @Test("An address guessing across many usernames is slowed, by at most a minute")
    func spraying() throws {
        let policy = LoginThrottle.Policy()
        let throttle = LoginThrottle(policy: policy)
        for i in 0..<policy.freePerAddress - 1 { throttle.recordFailure(username: "user\(i)", address: "x", now: 0) }
        #expect(throttle.wait(username: "fresh", address: "x", now: 0) == nil)
        for i in 0..<20 { throttle.recordFailure(username: "more\(i)", address: "x", now: 0) }
        let wait = try #require(throttle.wait(username: "fresh", address: "x", now: 0))
        #expect(wait == policy.maximumAddressDelay)
        #expect(throttle.wait(username: "fresh", address: "y", now: 0) == nil)
        // A right password does not clear the address's count.
        throttle.recordSuccess(username: "fresh", address: "x")
        #expect(throttle.wait(username: "other", address: "x", now: 0) != nil)
    }

    @Test("Memory stays bounded under a flood of made-up usernames")
    func bounded() {
        var policy = LoginThrottle.Policy()
        policy.maximumKeys = 100
        let throttle = LoginThrottle(policy: policy)
        for i in 0..<1_000 { throttle.recordFailure(username: "u\(i)", address: "10.0.0.\(i % 7)", now: Double(i)) }
        #expect(throttle.keyCount <= policy.maximumKeys + 2)
        // The newest failures are the ones kept.
        for _ in 0..<policy.freePerPair { throttle.recordFailure(username: "u999", address: "10.0.0.5", now: 1_000) }
        #expect(throttle.wait(username: "u999", address: "10.0.0.5", now: 1_000) != nil)
    }
}
