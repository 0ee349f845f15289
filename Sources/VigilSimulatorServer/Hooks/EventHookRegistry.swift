import Foundation
import VigilEvent

/// The org's event hooks and the rules Okta applies to them: only `event-hook-eligible` types, at most 300 per
/// hook, HTTPS endpoints (loopback HTTP allowed for tests), at most 25 active verified hooks.
struct EventHookRegistry: Sendable {
    private(set) var hooks: [EventHook] = []
    static let maxDeliverable = 25
    static let maxEventTypes = 300

    func hook(_ id: String) throws(OktaError) -> EventHook {
        guard let hook = hooks.first(where: { $0.id == id }) else { throw OktaError.notFound("\(id) (EventHook)") }
        return hook
    }

    mutating func put(_ hook: EventHook) {
        if let index = hooks.firstIndex(where: { $0.id == hook.id }) { hooks[index] = hook } else { hooks.append(hook) }
    }

    mutating func remove(_ id: String) { hooks.removeAll { $0.id == id } }

    var deliverable: [EventHook] { hooks.filter(\.isDeliverable) }

    /// Refuses a change that would make more than 25 hooks active and verified.
    func checkCapacity(adding id: String) throws(OktaError) {
        let others = hooks.filter { $0.isDeliverable && $0.id != id }.count
        guard others < Self.maxDeliverable else {
            throw OktaError(.badRequest, "E0000001", "Api validation failed: eventHook",
                            causes: ["The org has reached the maximum of \(Self.maxDeliverable) active event hooks."])
        }
    }

    /// Checks a hook definition as the API does, with a cause per problem.
    static func validate(_ hook: EventHook) throws(OktaError) {
        var causes: [String] = []
        if hook.name.trimmingCharacters(in: .whitespaces).isEmpty { causes.append("name: The field cannot be left blank") }
        if hook.events.type != "EVENT_TYPE" { causes.append("events.type: must be EVENT_TYPE") }
        if hook.events.items.isEmpty { causes.append("events.items: at least one event type is required") }
        if hook.events.items.count > maxEventTypes { causes.append("events.items: at most \(maxEventTypes) event types") }
        for type in hook.events.items where !OktaEventTypeCatalog.isHookEligible(type) {
            causes.append("events.items: \(type) is not eligible for event hooks")
        }
        if hook.channel.type != "HTTP" { causes.append("channel.type: must be HTTP") }
        if !isAllowedEndpoint(hook.channel.config.uri) {
            causes.append("channel.config.uri: must be an https URL")
        }
        if let scheme = hook.channel.config.authScheme, scheme.type != "HEADER" {
            causes.append("channel.config.authScheme.type: must be HEADER")
        }
        guard causes.isEmpty else {
            throw OktaError(.badRequest, "E0000001", "Api validation failed: eventHook", causes: causes)
        }
    }

    /// Okta only calls https; the simulator also calls plain http on loopback, for tests.
    static func isAllowedEndpoint(_ uri: String) -> Bool {
        guard let url = URL(string: uri), let host = url.host else { return false }
        return url.scheme == "https" || (url.scheme == "http" && (host == "127.0.0.1" || host == "localhost" || host == "::1"))
    }
}
