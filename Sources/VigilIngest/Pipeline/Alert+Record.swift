import VigilDetect
import VigilEvent
import VigilStore

extension Alert {
    /// The store's form of this alert: the columns alerts are listed by, plus the alert's JSON document.
    public var record: AlertRecord {
        AlertRecord(id: id, ruleId: rule.id, ruleTitle: rule.title, severity: severity.rank, title: title,
                    entityType: entity.type, entityId: entity.id, entityAlternateId: entity.alternateId,
                    firstSeen: Timestamp(iso8601: firstSeen) ?? .now(), lastSeen: Timestamp(iso8601: lastSeen) ?? .now(),
                    document: json, evidence: events)
    }
}
