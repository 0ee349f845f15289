import VigilDetect

/// The `schedule:` section: the service's hourly analysis and daily cycle (docs/schedule.md).
///
/// ```yaml
/// schedule:
///   hourly:
///     interval: 1h      # how often recent windows are re-evaluated and the digest sent (1m to 24h)
///     lookback: 2h      # how far back each run re-reads events (at least the interval, at most 7d)
///   daily:
///     interval: 24h     # how often the daily jobs run (1h to 7d)
///     retention_days: 90  # events published longer ago are deleted (Okta keeps 90 days)
/// ```
public struct ScheduleConfiguration: Sendable, Decodable, Equatable {
    public var hourly: Hourly
    public var daily: Daily

    public init(hourly: Hourly = Hourly(), daily: Daily = Daily()) {
        self.hourly = hourly
        self.daily = daily
    }

    /// The hourly analysis.
    public struct Hourly: Sendable, Decodable, Equatable {
        public var interval: TuningDuration
        /// Longer than the interval, so that correlation windows spanning two runs are seen whole.
        public var lookback: TuningDuration

        public init(interval: TuningDuration = .init(seconds: 3600), lookback: TuningDuration = .init(seconds: 7200)) {
            self.interval = interval
            self.lookback = lookback
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case interval, lookback }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Hourly()
            interval = try c.decodeIfPresent(TuningDuration.self, forKey: .interval) ?? defaults.interval
            lookback = try c.decodeIfPresent(TuningDuration.self, forKey: .lookback) ?? defaults.lookback
            guard (60...86_400).contains(interval.seconds) else {
                throw DecodingError.dataCorruptedError(forKey: .interval, in: c, debugDescription: "must be between 1m and 24h, not \(interval)")
            }
            guard lookback.seconds >= interval.seconds, lookback.seconds <= 7 * 86_400 else {
                throw DecodingError.dataCorruptedError(forKey: .lookback, in: c,
                                                       debugDescription: "must be at least the interval (\(interval)) and at most 7d, not \(lookback)")
            }
        }
    }

    /// The daily cycle: retention today, posture checks later.
    public struct Daily: Sendable, Decodable, Equatable {
        public var interval: TuningDuration
        public var retentionDays: Int

        public init(interval: TuningDuration = .init(seconds: 86_400), retentionDays: Int = 90) {
            self.interval = interval
            self.retentionDays = retentionDays
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case interval, retentionDays = "retention_days" }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Daily()
            interval = try c.decodeIfPresent(TuningDuration.self, forKey: .interval) ?? defaults.interval
            retentionDays = try c.decodeIfPresent(Int.self, forKey: .retentionDays) ?? defaults.retentionDays
            guard (3600...7 * 86_400).contains(interval.seconds) else {
                throw DecodingError.dataCorruptedError(forKey: .interval, in: c, debugDescription: "must be between 1h and 7d, not \(interval)")
            }
            guard retentionDays >= 1 else {
                throw DecodingError.dataCorruptedError(forKey: .retentionDays, in: c, debugDescription: "must be at least 1 day")
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case hourly, daily }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        hourly = try c.decodeIfPresent(Hourly.self, forKey: .hourly) ?? Hourly()
        daily = try c.decodeIfPresent(Daily.self, forKey: .daily) ?? Daily()
    }

    /// The `schedule:` section of a whole configuration file (the defaults when it is absent).
    public init(yaml: String) throws(ConfigurationError) {
        self = try ConfigurationFile.section("schedule", of: yaml) ?? ScheduleConfiguration()
    }
}
