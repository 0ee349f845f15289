import Foundation
import VigilEvent
import VigilSimulator

/// The one owner of the simulated org's mutable state: the org model, its live traffic, its System Log, and the
/// event hooks and log streams configured on it. Every route and background task goes through it.
actor OrgState {
    var org: SimulatedOrg
    let clock: SimulationClock
    let configuration: SimulatedOktaServerConfiguration
    /// Makes the events of API calls (lifecycle operations, hook and stream changes).
    var factory: EventFactory
    var stream: SimulationStream
    /// The next event of the stream, not yet due.
    private var upcoming: SimulatedEvent?
    var log = SystemLogStore()
    private var delays: SeededRandom
    /// Draws the ids of objects created through the API.
    var ids: SeededRandom
    var scenarioRuns: UInt64 = 0
    /// When each user last changed (`lastUpdated`), for changes made through the API.
    var userUpdated: [Int: Timestamp] = [:]
    var hooks = EventHookRegistry()
    var logStreams = LogStreamRegistry()
    /// Called with each batch of newly persisted events: hook and log-stream delivery.
    private var observers: [@Sendable ([StoredEvent]) -> Void] = []

    init(configuration: SimulatedOktaServerConfiguration, wallStart: Date = Date()) {
        self.configuration = configuration
        let org = SimulatedOrg(seed: configuration.seed, users: configuration.users)
        self.org = org
        let start = configuration.start ?? Timestamp(wallStart)
        clock = SimulationClock(start: start, compression: configuration.timeCompression, wallStart: wallStart)
        let perSimMinute = configuration.eventsPerSecond.map { $0 * 60 / max(configuration.timeCompression, 1e-6) }
            ?? max(1, Double(configuration.users) * 0.05)
        var workload = WorkloadConfiguration(start: start.adding(seconds: -configuration.backfill), eventsPerMinute: perSimMinute,
                                             timeCompression: configuration.timeCompression)
        workload.weeklyRhythm = configuration.weeklyRhythm
        stream = SimulationStream(org: org, configuration: workload, benignLimit: configuration.benignTraffic ? nil : 0)
        let root = SeededRandom(seed: configuration.seed).derived(40)
        factory = EventFactory(org: org, random: root.derived(1))
        delays = root.derived(2)
        ids = root.derived(3)
    }

    var now: Timestamp { clock.now() }

    func addObserver(_ observer: @escaping @Sendable ([StoredEvent]) -> Void) {
        observers.append(observer)
    }

    /// Moves every stream event due by now into the log, persists what its delay allows, and tells observers.
    func advance() {
        let now = self.now
        while true {
            if upcoming == nil { upcoming = stream.next() }
            guard let next = upcoming, next.published <= now else { break }
            upcoming = nil
            enqueue(next)
        }
        persistDue(now)
    }

    /// Adds events the API or a scenario caused; they go through the same ingestion delay.
    func record(_ events: [SimulatedEvent]) {
        events.forEach(enqueue)
        persistDue(now)
    }

    /// Adds scenario events to the traffic, merged in at their `published` times.
    func inject(_ events: [SimulatedEvent]) {
        stream.inject(events)
        if let held = upcoming {
            // The held event goes back so an earlier injected one can come first.
            upcoming = nil
            stream.inject([held])
        }
        advance()
    }

    /// Wall seconds until something new may become visible, capped so the clock is sampled regularly.
    func secondsUntilNextWork() -> Double {
        let next = [upcoming?.published, log.nextVisibleAt].compactMap { $0 }.min()
        return min(0.25, next.map { clock.wallSeconds(until: $0) } ?? 0.25)
    }

    private func enqueue(_ event: SimulatedEvent) {
        guard let indexed = try? event.oktaEvent() else { return }
        log.add(indexed, label: event.label, visibleAt: event.published.adding(seconds: ingestionDelay()))
    }

    private func ingestionDelay() -> Double {
        guard configuration.outOfOrder else { return configuration.ingestionDelay }
        return delays.unit() * max(configuration.ingestionDelay, 5)
    }

    private func persistDue(_ now: Timestamp) {
        let fresh = log.persist(upTo: now)
        guard !fresh.isEmpty else { return }
        let batch = Array(fresh)
        for observer in observers { observer(batch) }
    }

    /// Every event persisted so far, oldest persisted first.
    func emitted() -> [EmittedEvent] {
        log.persisted.map {
            EmittedEvent(uuid: $0.event.uuid, eventType: $0.event.eventType, published: $0.published, visibleAt: $0.visibleAt, label: $0.label)
        }
    }

    /// The actor and origin of the System Log events an API call writes.
    func context(of principal: Principal) -> SignInContext {
        switch principal {
        case .apiToken(let id):
            let owner = org.apiTokens.first { $0.id == id }?.owner ?? org.adminIndices.first ?? 0
            return SignInContext(actor: EventActor(org.users[owner]), origin: org.integrationOrigin, sessionId: "unknown", apiTokenId: id)
        case .accessToken(let clientId, _):
            return SignInContext(actor: EventActor(id: clientId, type: "PublicClientApp", alternateId: clientId, displayName: clientId),
                                 origin: org.integrationOrigin, sessionId: "unknown")
        }
    }
}
