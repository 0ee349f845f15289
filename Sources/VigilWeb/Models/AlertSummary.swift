import Foundation
import VigilDetect
import VigilEvent
import VigilSigma
import VigilStore

/// An alert as lists show it and the API returns it, with its triage state.
struct AlertSummary: Codable, Sendable {
    var id: String
    var ruleId: String
    var ruleTitle: String
    var severity: String
    var severityRank: Int
    var title: String
    var entity: Entity
    var firstSeen: String
    var lastSeen: String
    var status: String
    var assignee: String?
    var evidenceCount: Int

    struct Entity: Codable, Sendable {
        var type: String?
        var id: String?
        var alternateId: String?
        var label: String
        var isUser: Bool
    }

    init(_ record: AlertRecord, triage: AlertTriageState?) {
        id = record.id
        ruleId = record.ruleId
        ruleTitle = record.ruleTitle
        severityRank = record.severity
        severity = Self.severityName(record.severity)
        title = record.title
        entity = Entity(type: record.entityType, id: record.entityId, alternateId: record.entityAlternateId,
                        label: record.entityAlternateId ?? record.entityId ?? "—", isUser: record.entityType == "User")
        firstSeen = record.firstSeen.iso8601
        lastSeen = record.lastSeen.iso8601
        status = triage?.status.rawValue ?? record.status.rawValue
        assignee = triage?.assignee
        evidenceCount = record.evidence.count
    }

    static func severityName(_ rank: Int) -> String {
        SigmaLevel.allCases.first { $0.rank == rank }?.rawValue ?? "\(rank)"
    }
}
