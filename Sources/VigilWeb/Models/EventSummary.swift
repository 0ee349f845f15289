import Foundation
import VigilEvent
import VigilStore

/// The key facts of an event, as the feed lists them and the API returns them.
struct EventSummary: Codable, Sendable {
    var uuid: String
    var published: String
    var eventType: String
    var displayMessage: String?
    var severity: String?
    var outcome: String?
    var outcomeReason: String?
    var actor: Principal?
    var targets: [Principal]
    var ipAddress: String?
    var location: String?
    var userAgent: String?
    var sessionId: String?
    /// For the feed's styling: the outcome is a failure or a denial.
    var failed: Bool

    struct Principal: Codable, Sendable {
        var id: String
        var type: String?
        var alternateId: String?
        var displayName: String?
        /// The best label for a person: login, else display name, else id.
        var label: String
        var isUser: Bool
    }

    init(_ stored: StoredEvent) throws {
        let e = try stored.event()
        uuid = stored.uuid
        published = stored.published.iso8601
        eventType = stored.eventType
        displayMessage = e.string(.displayMessage)
        severity = e.string(.severity)
        outcome = e.string(.outcomeResult)
        outcomeReason = e.string(.outcomeReason)
        actor = e.string(.actorId).map {
            Self.principal(id: $0, type: e.string(.actorType), alternateId: e.string(.actorAlternateId), displayName: e.string(.actorDisplayName))
        }
        let ids = e.strings(.targetId), types = e.strings(.targetType), alternates = e.strings(.targetAlternateId), names = e.strings(.targetDisplayName)
        targets = ids.indices.map { i in
            Self.principal(id: ids[i], type: types.indices.contains(i) ? types[i] : nil,
                           alternateId: alternates.indices.contains(i) ? alternates[i] : nil,
                           displayName: names.indices.contains(i) ? names[i] : nil)
        }
        ipAddress = e.string(.clientIP)
        let place = [e.string(.city), e.string(.state), e.string(.country)].compactMap { $0 }.filter { !$0.isEmpty }
        location = place.isEmpty ? nil : place.joined(separator: ", ")
        userAgent = e.string(.userAgent)
        sessionId = e.string(.externalSessionId)
        failed = ["FAILURE", "DENY"].contains(outcome ?? "")
    }

    static func principal(id: String, type: String?, alternateId: String?, displayName: String?) -> Principal {
        Principal(id: id, type: type, alternateId: alternateId, displayName: displayName,
                  label: alternateId ?? displayName ?? id, isUser: type == "User")
    }
}
