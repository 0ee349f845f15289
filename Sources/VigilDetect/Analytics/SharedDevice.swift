import Foundation
import VigilEvent

/// One device (Okta Verify enrollment) or one phone number registered to several users: an attacker enrolling
/// their own device as the second factor of the accounts they took over.
public struct SharedDevice: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Distinct users of one device or phone that raise the alert.
        public var users = 2
        /// How long a registration is remembered, in days.
        public var memoryDays = 30.0
        public var maxDevices = 200_000
        public init() {}
    }

    struct Registrations: Codable, Sendable {
        var users: [String: String] = [:]
        var events: [String] = []
        var first: Int64 = 0
    }

    public var eventTypes: Set<String> { ["device.enrollment.create", "user.mfa.factor.activate"] }
    public let descriptor = AnalyticDescriptor(
        id: "f1c6a9d2-4e8b-4a3f-9d70-8b2e5c1f4a10", name: "shared_device", title: "Device or phone registered to several users",
        tags: ["attack.persistence", "attack.t1098.005"])
    let configuration: Configuration
    let plan: FieldPlan
    var devices: KeyedState<String, Registrations>

    static let phoneSlot = "debugContext.debugData.phoneNumber"

    public init(_ configuration: Configuration, plan: FieldPlan) {
        self.configuration = configuration
        self.plan = plan
        devices = KeyedState(ttl: Int64(configuration.memoryDays * 86_400_000), cap: configuration.maxDevices)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        let key: String
        if event.eventType == "device.enrollment.create" {
            guard let device = event.targets(ofType: "Device", plan: plan).first, !device.id.isEmpty else { return }
            key = "device \(device.alternateId ?? "") (\(device.id))"
        } else if event.eventType == "user.mfa.factor.activate", let slot = plan.slot(for: Self.phoneSlot),
                  let phone = event.string(slot: slot), !phone.isEmpty {
            key = "phone \(phone)"
        } else {
            return
        }
        guard event.succeeded || event.result.isEmpty else { return }
        let user = event.subjectUser(plan: plan)
        guard !user.id.isEmpty else { return }
        let now = event.published.millis
        let found = devices.update(key, at: now, initial: Registrations(first: now)) { r -> AnalyticFinding? in
            let isNewUser = r.users[user.id] == nil
            r.users[user.id] = user.alternateId ?? user.id
            if r.events.count < 50 { r.events.append(event.uuid) }
            guard isNewUser, r.users.count >= configuration.users else { return nil }
            return AnalyticFinding(
                severity: .medium, title: nil, entity: user, events: r.events, firstSeen: Timestamp(millis: r.first),
                lastSeen: event.published, episode: key,
                why: "\(key) is registered to \(r.users.count) users: \(r.users.values.sorted().joined(separator: ", "))")
        }
        if let found { emit(found) }
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { devices.sweep(now: watermark, every: 3_600_000) }
    public mutating func resetWindows() {}
    public var stateSize: Int { devices.count }
    public func snapshot() throws -> Data { try encode(devices) }
    public mutating func restore(_ data: Data) throws { devices = try decode(KeyedState<String, Registrations>.self, data) }
}
