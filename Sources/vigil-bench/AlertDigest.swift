import VigilDetect

/// A digest of every alert an engine returns, in order (id, rule, severity, title, entity, evidence uuids, times,
/// reason), so that a change meant only to make detection faster can show it raises exactly the same alerts.
struct AlertDigest {
    private(set) var count = 0
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ alerts: [Alert]) {
        for alert in alerts {
            count += 1
            let fields = [alert.id, alert.rule.id, alert.severity.rawValue, alert.title, alert.entity.type, alert.entity.id,
                          alert.entity.alternateId ?? "-", alert.firstSeen, alert.lastSeen, alert.why] + alert.events
            for field in fields {
                for byte in field.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
            }
        }
    }

    var text: String { "\(count) alerts, digest \(String(hash, radix: 16))" }
}
