/// Retries with capped exponential backoff and full jitter (AWS's recommended scheme): attempt n waits a random
/// time between zero and `min(maximumDelay, baseDelay × 2ⁿ)`, so many clients throttled together spread out.
public struct AWSRetryPolicy: Sendable {
    /// Total tries, the first included.
    public var maximumAttempts: Int
    public var baseDelay: Duration
    public var maximumDelay: Duration

    public init(maximumAttempts: Int = 4, baseDelay: Duration = .milliseconds(100), maximumDelay: Duration = .seconds(10)) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    public static let none = AWSRetryPolicy(maximumAttempts: 1)

    /// The wait before retry number `retry` (0 for the first retry).
    public func delay(beforeRetry retry: Int) -> Duration {
        Self.random(upTo: ceiling(beforeRetry: retry))
    }

    /// "Equal jitter": half the capped backoff for certain, half at random. For loops that keep retrying
    /// (a source whose queue is unreachable), where a near-zero wait would spin.
    public func steadyDelay(beforeRetry retry: Int) -> Duration {
        let cap = ceiling(beforeRetry: retry)
        return cap / 2 + Self.random(upTo: cap / 2)
    }

    func ceiling(beforeRetry retry: Int) -> Duration {
        min(maximumDelay, baseDelay * (1 << min(max(retry, 0), 30)))
    }

    static func random(upTo cap: Duration) -> Duration {
        let micros = cap.components.seconds * 1_000_000 + cap.components.attoseconds / 1_000_000_000_000
        return .microseconds(Int64.random(in: 0...max(0, micros)))
    }
}
