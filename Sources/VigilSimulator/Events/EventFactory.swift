import VigilEvent

/// Builds faithful Okta System Log events for one simulated org: one method per kind of event.
///
/// The factory draws every random part of an event (uuid, request id, session ids) from its own seeded
/// stream, so a sequence of calls with the same arguments yields the same bytes.
public struct EventFactory {
    public let org: SimulatedOrg
    public internal(set) var random: SeededRandom
    var renderer: EventRenderer

    public init(org: SimulatedOrg, random: SeededRandom) {
        self.org = org
        self.random = random
        renderer = EventRenderer(orgURL: org.orgURL)
    }

    /// Writes a draft as JSON, giving it a fresh uuid and request id.
    public mutating func render(_ draft: LogEventDraft) -> [UInt8] {
        var draft = draft
        draft.uuidEntropy = (random.next(), random.next())
        draft.requestEntropy = (random.next(), random.next(), random.next())
        return renderer.render(draft)
    }

    /// A new Identity Engine session id (`idx…`).
    public mutating func newSessionId() -> String { "idx" + random.token(22, from: Alphabet.base64URL) }

    /// The target entry for a user.
    public func target(_ user: OrgUser) -> EventTarget { EventTarget(EventActor(user)) }

    /// The target entry for an app instance.
    public func target(_ app: OrgApp) -> EventTarget {
        EventTarget(id: app.id, type: "AppInstance", alternateId: app.label, displayName: app.label,
                    detailEntry: [("signOnModeType", app.template.signOn.rawValue)])
    }

    /// The target entry for an authenticator enrollment (a factor, or the password).
    public func target(_ factor: OrgFactor?) -> EventTarget {
        guard let factor else {
            return EventTarget(id: "lae" + org.cell + "passwordenrl", type: "AuthenticatorEnrollment", alternateId: "unknown",
                               displayName: "Password")
        }
        return EventTarget(id: factor.id, type: "AuthenticatorEnrollment", alternateId: "unknown",
                           displayName: factor.type.authenticatorName, detailEntry: [("methodTypeUsed", factor.type.rawValue)])
    }
}
