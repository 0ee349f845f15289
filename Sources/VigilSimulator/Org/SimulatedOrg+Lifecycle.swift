import VigilEvent

extension SimulatedOrg {
    /// The index of the user with this id or login (the Users API accepts either).
    public func userIndex(idOrLogin key: String) -> Int? {
        users.firstIndex { $0.id == key || $0.login.caseInsensitiveCompare(key) == .orderedSame }
    }

    /// Applies a lifecycle operation to user `index` on behalf of `admin`, and returns the System Log event Okta
    /// writes for it, made with `factory`. The user is left unchanged when the operation does not apply.
    public mutating func apply(_ operation: UserLifecycle, toUser index: Int, by admin: SignInContext, at t: Timestamp,
                               factory: inout EventFactory) throws(UserLifecycle.NotAllowed) -> SimulatedEvent {
        let status = try operation.transition(from: users[index].status).get()
        users[index].status = status
        if operation == .resetFactors || operation == .deactivate { users[index].factors = [] }
        let bytes = factory.adminAction(operation.eventKind, admin, at: t, targets: [factory.target(users[index])])
        return SimulatedEvent(bytes: bytes, published: t, label: SimulatedEvent.apiLabel)
    }

    /// Where the org's back-end integrations run: one fixed address at AWS in Ashburn. API calls from
    /// integrations and responders come from here.
    public var integrationOrigin: Origin {
        var fixed = SeededRandom(seed: seed).derived(3)
        let aws = Network.hosting.first { $0.asNumber == 16509 }!
        let place = Place(ip: aws.address(&fixed), city: City.datacenters[0], network: aws)
        return Origin(userAgent: .serviceClient, place: place, dtHash: nil, fingerprint: nil, device: nil)
    }
}

extension SimulatedEvent {
    /// The label of events caused by calls to the org's API (lifecycle operations, hook and stream changes).
    public static let apiLabel = "api"
}

extension EventFactory {
    /// A change made through the management API to an object of `type` (an event hook, a log stream), or the
    /// failure of a background job about it (`outcome` FAILURE, a system actor).
    public mutating func apiObjectChange(_ kind: EventKind, _ admin: SignInContext, at t: Timestamp, id: String, type: String,
                                         name: String, outcome: EventOutcome = .success, extra: [(String, String)] = []) -> [UInt8] {
        adminAction(kind, admin, at: t, targets: [EventTarget(id: id, type: type, alternateId: name, displayName: name)],
                    outcome: outcome, extra: extra)
    }
}
