import VigilEvent

/// Benign traffic with attack scenarios mixed in, in `published` order: what `generate`, `export` and a live
/// server play.
public struct SimulationStream: Sequence, IteratorProtocol {
    public internal(set) var benign: BenignWorkload
    /// Scenario events not yet written, in time order.
    private var injected: [SimulatedEvent] = []
    private var injectedNext = 0
    private var upcoming: SimulatedEvent?
    /// How many benign events to write before stopping (nil: endless, for a live server).
    private let benignLimit: Int?
    public private(set) var benignWritten = 0

    public init(org: SimulatedOrg, configuration: WorkloadConfiguration, benignLimit: Int? = nil) {
        benign = BenignWorkload(org: org, configuration: configuration)
        self.benignLimit = benignLimit
    }

    /// A stream of `benignEvents` benign events with each scenario played once, spread evenly over the span the
    /// benign events take at the configured rate.
    public init(org: SimulatedOrg, configuration: WorkloadConfiguration, benignEvents: Int, scenarios: [AttackScenario]) {
        self.init(org: org, configuration: configuration, benignLimit: benignEvents)
        let spanMillis = Double(benignEvents) / configuration.eventsPerMinute * 60_000
        for (i, scenario) in scenarios.enumerated() {
            let offset = Int64(spanMillis * Double(i + 1) / Double(scenarios.count + 1))
            inject(scenario.events(in: org, at: Timestamp(millis: configuration.start.millis + offset), run: UInt64(i)))
        }
    }

    /// Adds events (a scenario triggered on demand) to be merged in at their `published` times.
    public mutating func inject(_ events: [SimulatedEvent]) {
        let pending = injected[injectedNext...] + events
        injected = pending.enumerated()
            .sorted { ($0.element.published, $0.offset) < ($1.element.published, $1.offset) }
            .map(\.element)
        injectedNext = 0
    }

    public mutating func next() -> SimulatedEvent? {
        if upcoming == nil, benignLimit.map({ benignWritten < $0 }) ?? true {
            upcoming = benign.next()
        }
        let scenarioEvent = injectedNext < injected.count ? injected[injectedNext] : nil
        if let s = scenarioEvent, upcoming.map({ s.published < $0.published }) ?? true {
            injectedNext += 1
            return s
        }
        defer { upcoming = nil }
        if upcoming != nil { benignWritten += 1 }
        return upcoming
    }
}
