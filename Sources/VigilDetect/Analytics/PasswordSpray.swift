import Foundation
import VigilEvent

/// Password spraying: one IP failing passwords for many users, or the tenant failing for many users from many
/// IPs at once (a botnet spreading attempts thin).
public struct PasswordSpray: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Distinct users failing from one IP within `window_minutes`.
        public var usersPerIp = 10
        public var windowMinutes = 30.0
        /// Tenant-wide: distinct users *and* distinct IPs failing within `tenant_window_minutes`, most of them from one
        /// user agent (a botnet runs one tool; people's typos come from every browser).
        public var tenantUsers = 20
        public var tenantIps = 10
        public var tenantWindowMinutes = 15.0
        /// The share of the tenant's failures the most common user agent must have.
        public var tenantSameAgentShare = 0.5
        public var maxIps = 100_000
        public init() {}
    }

    public var eventTypes: Set<String> { ["user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "5f8b1d3a-9e2c-4a6f-8d47-3b0e7c1a2f05", name: "password_spray", title: "Password spray",
        tags: ["attack.credential-access", "attack.t1110.003"])
    let configuration: Configuration
    var byIP: WindowTable
    var tenantUsers: WindowTable
    var tenantIPs: WindowTable
    var tenantAgents: WindowTable

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        byIP = WindowTable(minutes: configuration.windowMinutes, cap: configuration.maxIps)
        tenantUsers = WindowTable(minutes: configuration.tenantWindowMinutes, cap: 1)
        tenantIPs = WindowTable(minutes: configuration.tenantWindowMinutes, cap: 1)
        tenantAgents = WindowTable(minutes: configuration.tenantWindowMinutes, cap: 1)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        guard event.isPasswordFailure, let ip = event.ip, let user = event.userKey else { return }
        let now = event.published.millis
        let w = byIP.add(ip, event, value: user)
        if w.distinct >= configuration.usersPerIp {
            emit(AnalyticFinding(
                severity: .high, title: "Password spray from one IP", entity: event.ipEntity, events: w.uuids,
                firstSeen: w.first, lastSeen: event.published, episode: "ip:" + byIP.episode(ip, at: now),
                why: "\(event.originText) failed passwords for \(w.distinct) users (\(w.sample())) in \(w.minutes) min"))
        }
        let users = tenantUsers.add("", event, value: user)
        let ips = tenantIPs.add("", event, value: ip)
        let agents = tenantAgents.add("", event, value: event.string(.userAgent) ?? "")
        let (agent, uses) = agents.counts.max { $0.value < $1.value } ?? ("", 0)
        let share = Double(uses) / Double(max(agents.entries.count, 1))
        if users.distinct >= configuration.tenantUsers, ips.distinct >= configuration.tenantIps,
           share >= configuration.tenantSameAgentShare {
            emit(AnalyticFinding(
                severity: .high, title: "Distributed password spray", entity: Alert.Entity(type: "Tenant", id: "", alternateId: nil),
                events: users.uuids, firstSeen: users.first, lastSeen: event.published,
                episode: "tenant:" + tenantUsers.episode("", at: now),
                why: "\(users.distinct) users (\(users.sample())) failed passwords from \(ips.distinct) IPs (\(ips.sample(3))) "
                    + "in \(users.minutes) min, \(Int(share * 100))% of them with \"\(agent.prefix(60))\""))
        }
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) {
        byIP.sweep(now: watermark)
        tenantUsers.sweep(now: watermark)
        tenantIPs.sweep(now: watermark)
        tenantAgents.sweep(now: watermark)
    }

    public mutating func resetWindows() {
        byIP.removeAll()
        tenantUsers.removeAll()
        tenantIPs.removeAll()
        tenantAgents.removeAll()
    }

    public var stateSize: Int { byIP.count + 3 }
    struct State: Codable { var byIP, tenantUsers, tenantIPs, tenantAgents: WindowTable }
    public func snapshot() throws -> Data {
        try encode(State(byIP: byIP, tenantUsers: tenantUsers, tenantIPs: tenantIPs, tenantAgents: tenantAgents))
    }
    public mutating func restore(_ data: Data) throws {
        let s = try decode(State.self, data)
        (byIP, tenantUsers, tenantIPs, tenantAgents) = (s.byIP, s.tenantUsers, s.tenantIPs, s.tenantAgents)
    }
}
