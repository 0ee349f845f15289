import Foundation

/// How a call to Okta is retried. Server errors (5xx) and timeouts back off exponentially with full jitter;
/// 429s wait until the window resets (`X-Rate-Limit-Reset`) plus jitter. Both are bounded.
public struct RetryPolicy: Sendable {
    /// Attempts for one call, counting the first, for 5xx and network failures.
    public var maxAttempts: Int
    /// 429s tolerated for one call before giving up (each waits for a reset).
    public var maxRateLimitWaits: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// Extra random wait after a reset, so that callers released by one reset do not arrive together.
    public var resetJitter: Duration
    /// Longest wait for one 429 when Okta's reset is missing or implausible.
    public var maxRateLimitWait: Duration
    /// Time allowed for one HTTP exchange (Okta itself gives up on a System Log query after 30 s).
    public var requestTimeout: Duration

    public init(maxAttempts: Int = 5, maxRateLimitWaits: Int = 10, baseDelay: Duration = .milliseconds(500),
                maxDelay: Duration = .seconds(30), resetJitter: Duration = .seconds(1),
                maxRateLimitWait: Duration = .seconds(120), requestTimeout: Duration = .seconds(60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxRateLimitWaits = max(0, maxRateLimitWaits)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.resetJitter = resetJitter
        self.maxRateLimitWait = maxRateLimitWait
        self.requestTimeout = requestTimeout
    }

    /// The wait before retry number `attempt` (1 = the first retry): full jitter over an exponential ceiling.
    func backoff(attempt: Int) -> Duration {
        let ceiling = min(baseDelay * (1 << min(attempt - 1, 20)), maxDelay)
        let fraction = Double.random(in: 0.5...1.0)
        return ceiling * fraction
    }

    /// The wait after a 429: until the reset Okta announced (in its clock) plus jitter.
    func rateLimitWait(reset: Int?, serverDate: Date?, attempt: Int) -> Duration {
        let jitter = resetJitter * Double.random(in: 0...1)
        guard let reset else { return min(backoff(attempt: attempt) + jitter, maxRateLimitWait) }
        let now = serverDate ?? Date()
        let seconds = TimeInterval(reset) - now.timeIntervalSince1970
        return min(.milliseconds(Int64(max(0, seconds) * 1000)) + jitter, maxRateLimitWait)
    }
}
