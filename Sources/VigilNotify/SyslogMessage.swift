import VigilDetect
import VigilSigma
import VigilEvent

/// An alert as an RFC 5424 syslog message, for SIEMs:
/// `<PRI>1 TIMESTAMP HOSTNAME vigil PROCID MSGID [vigil@32473 id=".." rule=".." severity=".." ...] BOM title — why`.
///
/// 32473 is the private enterprise number RFC 5612 reserves for examples; a SIEM keys on the SD-ID's name part.
enum SyslogMessage {
    static let sdID = "vigil@32473"

    /// Syslog severities (RFC 5424 §6.2.1) for alert severities: critical → 2 (critical) ... informational → 6.
    static func severity(_ level: SigmaLevel) -> Int {
        switch level {
        case .critical: 2
        case .high: 3
        case .medium: 4
        case .low: 5
        case .informational: 6
        }
    }

    static func format(_ alert: Alert, facility: Int, hostname: String, procID: String, msgID: String, now: Timestamp) -> String {
        let params: [(String, String)] = [
            ("id", alert.id), ("rule", alert.rule.id), ("ruleTitle", alert.rule.title), ("severity", alert.severity.rawValue),
            ("entityType", alert.entity.type), ("entity", alert.entity.alternateId ?? alert.entity.id),
            ("events", String(alert.events.count)), ("firstSeen", alert.firstSeen), ("lastSeen", alert.lastSeen),
        ]
        let sd = "[" + sdID + params.map { " \($0.0)=\"\(escapeParam($0.1))\"" }.joined() + "]"
        let text = "\(alert.title) — \(alert.entity.alternateId ?? alert.entity.id): \(alert.why)"
            .replacingOccurrences(of: "\n", with: " ")
        return "<\(facility * 8 + severity(alert.severity))>1 \(now.iso8601) \(header(hostname)) vigil \(header(procID)) \(header(msgID)) \(sd) \u{FEFF}\(text)"
    }

    /// PARAM-VALUE escaping (§6.3.3): `"`, `\` and `]` take a backslash.
    static func escapeParam(_ value: String) -> String {
        var out = ""
        for c in value {
            if c == "\"" || c == "\\" || c == "]" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Header fields are printable US-ASCII without spaces, at most 255 characters; `-` stands for none.
    static func header(_ value: String) -> String {
        let cleaned = String(value.unicodeScalars.filter { $0.value > 32 && $0.value < 127 }.prefix(255).map(Character.init))
        return cleaned.isEmpty ? "-" : cleaned
    }

    /// Octet-counting framing for TCP (RFC 6587 §3.4.1): the message's length in bytes, a space, the message.
    static func octetCounted(_ message: String) -> [UInt8] {
        Array("\(message.utf8.count) ".utf8) + Array(message.utf8)
    }
}
