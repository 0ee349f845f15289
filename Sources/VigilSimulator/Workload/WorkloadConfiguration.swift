import VigilEvent

/// How much benign traffic to make and how simulated time relates to real time.
public struct WorkloadConfiguration: Sendable {
    /// Simulated time of the first event.
    public var start: Timestamp
    /// Average events per simulated minute across the org.
    public var eventsPerMinute: Double
    /// Vary the rate by the hour of the week, as users' working hours do (a Sunday is quiet); off, the rate is
    /// flat, for tests and benchmarks that need the same load whatever the day.
    public var weeklyRhythm = true
    /// Simulated seconds per wall-clock second when a live server plays the workload (1 = real time); batch
    /// export ignores it.
    public var timeCompression: Double

    public init(start: Timestamp, eventsPerMinute: Double = 600, timeCompression: Double = 1) {
        self.start = start
        self.eventsPerMinute = eventsPerMinute
        self.timeCompression = timeCompression
    }

    /// The wall-clock seconds a live player should wait between two simulated instants.
    public func wallSeconds(from a: Timestamp, to b: Timestamp) -> Double {
        Double(b.millis - a.millis) / 1000 / max(timeCompression, 1e-9)
    }
}
