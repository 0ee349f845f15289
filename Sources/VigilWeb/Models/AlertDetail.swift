import Foundation
import VigilDetect
import VigilEvent
import VigilStore

/// One alert in full: why it fired, the evidence as a timeline, whom it concerns, and its triage.
struct AlertDetail: Encodable, Sendable {
    var alert: AlertSummary
    var why: String
    var tags: [String]
    /// Evidence events, oldest first; evidence no longer stored (pruned) is listed in `missingEvidence`.
    var evidence: [EventSummary]
    var missingEvidence: [String]
    var triage: AlertTriageState
    /// The alert document (the detection engine's JSON contract).
    var document: JSONValue

    init(_ record: AlertRecord, triage: AlertTriageState?, store: EventStore) throws {
        alert = AlertSummary(record, triage: triage)
        let parsed = try? JSONDecoder().decode(Alert.self, from: Data(record.document.utf8))
        why = parsed?.why ?? ""
        tags = parsed?.tags ?? []
        var found: [EventSummary] = [], missing: [String] = []
        for uuid in record.evidence {
            if let stored = try store.event(uuid: uuid) { found.append(try EventSummary(stored)) } else { missing.append(uuid) }
        }
        evidence = found.sorted { $0.published < $1.published }
        missingEvidence = missing
        self.triage = triage ?? AlertTriageState(status: AlertStatus(rawValue: record.status.rawValue) ?? .new)
        document = (try? JSONValue(json: Array(record.document.utf8))) ?? .null
    }
}
