import VigilDetect

/// How often and how patiently a failed delivery is tried again: exponential backoff from `initialBackoff`,
/// doubling up to `maxBackoff`, `attempts` tries in all.
public struct RetryPolicy: Sendable, Equatable, Decodable {
    public var attempts: Int
    public var initialBackoff: TuningDuration
    public var maxBackoff: TuningDuration

    public init(attempts: Int = 5, initialBackoff: TuningDuration = .init(seconds: 1), maxBackoff: TuningDuration = .init(seconds: 300)) {
        self.attempts = max(1, attempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
    }

    enum CodingKeys: String, CodingKey { case attempts, initialBackoff = "initial_backoff", maxBackoff = "max_backoff" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = RetryPolicy()
        self.init(attempts: try c.decodeIfPresent(Int.self, forKey: .attempts) ?? defaults.attempts,
                  initialBackoff: try c.decodeIfPresent(TuningDuration.self, forKey: .initialBackoff) ?? defaults.initialBackoff,
                  maxBackoff: try c.decodeIfPresent(TuningDuration.self, forKey: .maxBackoff) ?? defaults.maxBackoff)
    }

    /// Seconds to wait after failed attempt `attempt` (1-based).
    public func delay(after attempt: Int) -> Double {
        min(maxBackoff.seconds, initialBackoff.seconds * Double(1 << min(max(0, attempt - 1), 30)))
    }
}
