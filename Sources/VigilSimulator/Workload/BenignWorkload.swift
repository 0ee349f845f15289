import VigilEvent

/// The everyday traffic of the simulated org, as an endless sequence of events in `published` order.
///
/// It is made of episodes (a sign-in, an SSO from an open session, an admin task, a token refresh ...) started
/// at Poisson-distributed times so that the average rate over a week matches the configuration, busier in
/// working hours. An episode schedules its
/// events at realistic offsets into a queue; the iterator writes whichever event is due first, so episodes of
/// different users interleave as they do in a real System Log.
public struct BenignWorkload: Sequence, IteratorProtocol {
    public let org: SimulatedOrg
    public let configuration: WorkloadConfiguration
    var factory: EventFactory
    var random: SeededRandom
    var pending = PendingEvents()
    var activity: [UserActivity]
    /// Users who can sign in (active or with an expired password).
    var signInUsers: [Int]
    var nextEpisode: Int64
    let rhythm: WeeklyRhythm

    /// The kinds of episode and how often each starts; most traffic is sign-ins and SSO, as in a real org.
    enum Episode: CaseIterable {
        case signIn, appAccess, serviceToken, passwordChange, adminWork, travel
        static let weights: [Double] = [40, 38, 12, 1, 3, 0.6]
    }

    public init(org: SimulatedOrg, configuration: WorkloadConfiguration) {
        self.org = org
        self.configuration = configuration
        let root = SeededRandom(seed: org.seed).derived(2)
        factory = EventFactory(org: org, random: root.derived(1))
        random = root.derived(2)
        activity = Array(repeating: UserActivity(), count: org.users.count)
        signInUsers = org.users.indices.filter { org.users[$0].status.canSignIn }
        nextEpisode = configuration.start.millis
        rhythm = WeeklyRhythm(schedules: signInUsers.map { org.users[$0].schedule })
    }

    public mutating func next() -> SimulatedEvent? {
        // Start episodes until the earliest pending event is earlier than the next episode's start, so nothing
        // scheduled later can precede what is written now.
        while pending.earliest.map({ $0 >= nextEpisode }) ?? true {
            let before = pending.count
            startEpisode(at: nextEpisode)
            let added = Swift.max(1, pending.count - before)
            // The configured rate is the weekly average; the hour's rhythm raises or lowers it.
            let hourLoad = configuration.weeklyRhythm ? rhythm.factor(atMillis: nextEpisode) : 1
            let perMilli = Swift.max(configuration.eventsPerMinute, 0.001) / 60_000 * hourLoad
            nextEpisode += Swift.max(1, Int64(random.exponential(mean: Double(added) / perMilli)))
        }
        guard let entry = pending.popEarliest() else { return nil }
        return SimulatedEvent(bytes: entry.make(&factory), published: Timestamp(millis: entry.at),
                              label: SimulatedEvent.benignLabel)
    }

    mutating func startEpisode(at t: Int64) {
        guard !signInUsers.isEmpty else {
            return serviceToken(at: t)
        }
        switch Episode.allCases[random.weighted(Episode.weights)] {
        case .signIn: signIn(user: pickUser(at: t), at: t)
        case .appAccess: appAccess(user: pickUser(at: t), at: t)
        case .serviceToken: serviceToken(at: t)
        case .passwordChange: passwordChange(user: pickUser(at: t), at: t)
        case .adminWork: adminWork(at: t)
        case .travel: travel(at: t)
        }
    }

    /// A user who can sign in, preferring those in their working hours, so each user's activity follows their
    /// time zone.
    mutating func pickUser(at t: Int64) -> Int {
        var candidate = random.pick(signInUsers)
        for _ in 0..<4 where !org.users[candidate].schedule.isWorking(atMillis: t) && !random.chance(0.08) {
            candidate = random.pick(signInUsers)
        }
        return candidate
    }
}
