import Foundation
import VigilEvent
import VigilSigma

/// A user signs in with something never seen for them: a country, a network (ASN), a device (dtHash), a browser
/// and OS family, or an identity provider. Each user is learned for a while before anything is reported, and an
/// IdP issuer new to the whole tenant is reported too (sign-in through a newly added IdP).
public struct FirstSeen: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Days a user (or the tenant, for issuers) is learned before new values are reported.
        public var learningDays = 14.0
        /// Days a user's values are remembered without sign-ins.
        public var memoryDays = 90.0
        /// New values at once that make the finding medium rather than low.
        public var mediumWhenNew = 3
        /// Values kept per attribute per user; the oldest go first.
        public var maxValuesPerAttribute = 32
        public var maxUsers = 200_000
        public init() {}
    }

    struct Profile: Codable, Sendable {
        var since: Int64
        var seen: [String: [String]] = [:]
    }

    public var eventTypes: Set<String> { Self.signIns }
    public let descriptor = AnalyticDescriptor(
        id: "9a3c52d1-7e4b-4c8f-b1d6-0f2e5a6c7b02", name: "first_seen", title: "Sign-in with a first-seen attribute",
        tags: ["attack.initial-access", "attack.t1078.004"])
    let configuration: Configuration
    var profiles: KeyedState<String, Profile>
    var tenant: Profile?

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        profiles = KeyedState(ttl: Int64(configuration.memoryDays * 86_400_000), cap: configuration.maxUsers)
    }

    static let signIns: Set<String> = ["user.session.start", "user.authentication.auth_via_IDP", "user.authentication.auth_via_social",
                                       "user.authentication.auth_via_inbound_SAML"]

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        // The engine routes only `signIns` here.
        guard event.succeeded, let user = event.userKey else { return }
        let now = event.published.millis
        let learning = Int64(configuration.learningDays * 86_400_000)
        var attributes: [(String, String)] = []
        if let v = event.string(.country) { attributes.append(("country", v)) }
        if let v = event.string(.asNumber) { attributes.append(("ASN", v)) }
        if let v = event.string(.dtHash) { attributes.append(("device", v)) }
        if let v = event.userAgentFamily { attributes.append(("browser/OS", v)) }
        let issuer = event.string(.issuerId).map { ("identity provider", $0) }
        if let issuer { attributes.append(issuer) }
        let cap = configuration.maxValuesPerAttribute
        func learn(_ profile: inout Profile, _ attributes: [(String, String)]) -> [(String, String)] {
            let learned = now - profile.since >= learning
            var new: [(String, String)] = []
            // Each attribute's values are changed in place: one lookup per attribute, and no copy of the list.
            for (name, value) in attributes {
                if Self.remember(value, in: &profile.seen[name, default: []], cap: cap), learned { new.append((name, value)) }
            }
            return new
        }
        let new = profiles.update(user, at: now, initial: Profile(since: now)) { learn(&$0, attributes) }
        var tenantNew: [(String, String)] = []
        if let issuer {
            // Learnt in place: a copy taken out and put back made every sign-in copy the tenant's profile.
            if tenant == nil { tenant = Profile(since: now) }
            tenantNew = learn(&tenant!, [issuer])
        }
        guard !new.isEmpty || !tenantNew.isEmpty else { return }
        let described = new.map { name, value in
            name == "device" ? "device (dtHash \(value.prefix(12))…)" : "\(name) \(value)"
        }
        let severity: SigmaLevel = !tenantNew.isEmpty ? .medium : new.count >= configuration.mediumWhenNew ? .medium : .low
        let tenantText = tenantNew.isEmpty ? "" : "; identity provider \(tenantNew[0].1) never used before in the tenant"
        emit(AnalyticFinding(
            severity: severity, title: nil, entity: event.actorEntity, events: [event.uuid], firstSeen: event.published,
            lastSeen: event.published, episode: event.uuid,
            why: "\(event.eventType) from \(event.originText) in \(event.placeText) with first-seen "
                + (described.isEmpty ? "values" : described.joined(separator: ", ")) + " for \(user)" + tenantText))
    }

    /// Adds `value` to `values` unless it is there, forgetting the oldest beyond `cap`; whether it was new.
    private static func remember(_ value: String, in values: inout [String], cap: Int) -> Bool {
        guard !values.contains(value) else { return false }
        values.append(value)
        if values.count > cap { values.removeFirst() }
        return true
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) {
        profiles.sweep(now: watermark, every: 3_600_000)
    }

    public mutating func resetWindows() {}
    public var stateSize: Int { profiles.count }

    struct State: Codable { var profiles: KeyedState<String, Profile>; var tenant: Profile? }
    public func snapshot() throws -> Data { try encode(State(profiles: profiles, tenant: tenant)) }
    public mutating func restore(_ data: Data) throws {
        let state = try decode(State.self, data)
        profiles = state.profiles
        tenant = state.tenant
    }
}
