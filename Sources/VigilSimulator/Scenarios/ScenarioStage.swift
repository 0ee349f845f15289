import VigilEvent

/// What a scenario script works with: the org, an event factory, its own random stream, and the cast (victims,
/// admins, attacker infrastructure) drawn from them.
public struct ScenarioStage {
    public let org: SimulatedOrg
    public var factory: EventFactory
    public var random: SeededRandom
    /// Simulated epoch millis at which the scenario begins.
    public let start: Int64
    let label: String
    private var written: [SimulatedEvent] = []

    init(org: SimulatedOrg, start: Int64, label: String, random: SeededRandom) {
        self.org = org
        self.start = start
        self.label = label
        factory = EventFactory(org: org, random: random.derived(1))
        self.random = random
    }

    /// Records an event made by `make` at `at` (simulated epoch millis).
    public mutating func emit(at t: Int64, _ make: (inout EventFactory, Timestamp) -> [UInt8]) {
        let published = Timestamp(millis: t)
        written.append(SimulatedEvent(bytes: make(&factory, published), published: published, label: label))
    }

    func finished() -> [SimulatedEvent] {
        // Stable sort: events written for the same millisecond keep the script's order.
        written.enumerated().sorted { ($0.element.published, $0.offset) < ($1.element.published, $1.offset) }.map(\.element)
    }

    /// An ordinary active user with Okta Verify push, not an admin: the usual victim.
    public mutating func victim() -> Int {
        let admins = Set(org.adminIndices)
        let candidates = org.users.indices.filter {
            org.users[$0].status == .active && !admins.contains($0) && org.users[$0].factors.contains { $0.type == .push }
        }
        return candidates.isEmpty ? org.users.indices.first { org.users[$0].status.canSignIn } ?? 0 : random.pick(candidates)
    }

    /// A victim and their Okta Verify push factor (in an org too small to have one, a push factor the
    /// scenario assumes they enrolled).
    public mutating func pushVictim() -> (index: Int, user: OrgUser, factor: OrgFactor) {
        let u = victim()
        let user = org.users[u]
        let factor = user.factors.first { $0.type == .push }
            ?? OrgFactor(id: random.oktaId("opf", cell: org.cell), type: .push, deviceId: user.devices.last?.id)
        return (u, user, factor)
    }

    /// An admin with the given role when there is one, else any admin, else any user.
    public mutating func admin(_ role: AdminRoleAssignment.Role = .superAdmin) -> Int {
        if let r = org.roles.first(where: { $0.role == role }) { return r.user }
        return org.roles.first?.user ?? victim()
    }

    /// `count` distinct users who can sign in, in a scrambled order.
    public mutating func users(_ count: Int) -> [Int] {
        var pool = org.users.indices.filter { org.users[$0].status.canSignIn }
        var chosen: [Int] = []
        while chosen.count < count, !pool.isEmpty { chosen.append(pool.remove(at: random.below(pool.count))) }
        return chosen
    }

    /// A user at home on their usual computer, in a new session.
    public mutating func homeContext(_ u: Int) -> SignInContext {
        let user = org.users[u]
        let place = Place(ip: user.homeIP, city: user.home, network: user.homeNetwork)
        return SignInContext(actor: EventActor(user), origin: Origin(device: user.devices[0], place: place),
                             sessionId: factory.newSessionId())
    }

    /// An address at a hosting provider or anonymizer in a data-centre city.
    public mutating func infrastructure(_ networks: [Network] = Network.hosting) -> Place {
        let network = random.pick(networks)
        return Place(ip: network.address(&random), city: random.pick(City.datacenters), network: network)
    }

    /// An attacker's client: a script or headless browser with no Okta device, from `place`. Behaviours are
    /// judged against the impersonated user's home (everything is new for an unknown login).
    public mutating func attacker(_ place: Place, actor: EventActor, home: City? = nil, agent: UserAgent? = nil) -> SignInContext {
        let origin = Origin(userAgent: agent ?? random.pick(UserAgent.scripts), place: place, dtHash: random.hex(64),
                            fingerprint: random.hex(32), device: nil)
        return SignInContext(actor: actor, origin: origin, sessionId: factory.newSessionId(),
                             behaviors: .relocated(from: home ?? place.city, to: place.city, newDevice: true, newIP: true, velocity: false)
                                .markingUnknown(home == nil),
                             risk: "HIGH")
    }

    /// The same attacker client trying another user: same IP, agent and fingerprints, a new session.
    public mutating func sameClient(_ c: SignInContext, as u: Int) -> SignInContext {
        var next = c
        next.actor = EventActor(org.users[u])
        next.sessionId = factory.newSessionId()
        return next
    }

    /// Milliseconds of jitter, for irregular spacing of scripted attempts.
    public mutating func jitter(_ range: ClosedRange<Int>) -> Int64 { Int64(random.int(range)) }
}
