import Foundation
import VigilDetect

/// Slack Block Kit messages for alerts: what a person on call reads first (severity, title, why, entity,
/// evidence) and a button back to the alert in Vigil's UI.
enum SlackMessage {
    static let severityMarks: [String: String] = [
        "critical": ":red_circle:", "high": ":large_orange_circle:", "medium": ":large_yellow_circle:",
        "low": ":large_blue_circle:", "informational": ":white_circle:",
    ]
    /// Slack rejects longer header texts and more blocks.
    static let headerLimit = 150, digestLimit = 20

    static func alert(_ alert: Alert, link: String?) -> [String: Any] {
        let level = alert.severity.rawValue
        var blocks: [[String: Any]] = [
            ["type": "header", "text": plain("\(level.capitalized): \(alert.title)".clipped(headerLimit))],
            ["type": "section", "text": markdown(escape(alert.why))],
            ["type": "section", "fields": [
                markdown("*Severity*\n\(severityMarks[level] ?? "") \(level)"),
                markdown("*Entity*\n\(escape(entity(alert)))"),
                markdown("*Evidence*\n\(alert.events.count) event\(alert.events.count == 1 ? "" : "s")"),
                markdown("*Seen*\n\(alert.firstSeen == alert.lastSeen ? alert.lastSeen : "\(alert.firstSeen) – \(alert.lastSeen)")"),
            ]],
            ["type": "context", "elements": [markdown("Rule: \(escape(alert.rule.title)) · alert `\(alert.id)`")]],
        ]
        if let link {
            blocks.append(["type": "actions", "elements": [["type": "button", "text": plain("Open in Vigil"), "url": link]]])
        }
        return ["text": "[\(level)] \(alert.title) — \(entity(alert))", "blocks": blocks]
    }

    static func digest(_ alerts: [Alert], link: (Alert) -> String?) -> [String: Any] {
        var blocks: [[String: Any]] = [["type": "header", "text": plain("Vigil digest: \(alerts.count) alert\(alerts.count == 1 ? "" : "s")")]]
        for alert in alerts.prefix(digestLimit) {
            let title = link(alert).map { "<\($0)|\(escape(alert.title))>" } ?? escape(alert.title)
            blocks.append(["type": "section", "text": markdown(
                "\(severityMarks[alert.severity.rawValue] ?? "") *\(title)* — \(escape(entity(alert))) · \(alert.events.count) event(s)\n\(escape(alert.why))")])
        }
        if alerts.count > digestLimit {
            blocks.append(["type": "context", "elements": [markdown("and \(alerts.count - digestLimit) more in Vigil")]])
        }
        return ["text": "Vigil digest: \(alerts.count) alert(s)", "blocks": blocks]
    }

    static func entity(_ alert: Alert) -> String {
        let name = alert.entity.alternateId ?? alert.entity.id
        return "\(name) (\(alert.entity.type))"
    }

    static func plain(_ text: String) -> [String: Any] { ["type": "plain_text", "text": text, "emoji": true] }
    static func markdown(_ text: String) -> [String: Any] { ["type": "mrkdwn", "text": text] }

    /// Slack's mrkdwn reads `&`, `<` and `>` as markup; data from events must not be able to inject links.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension String {
    fileprivate func clipped(_ limit: Int) -> String { count <= limit ? self : String(prefix(limit - 1)) + "…" }
}
