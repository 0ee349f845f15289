import AsyncHTTPClient
import Foundation
import VigilDetect

/// Posts alerts to a Slack incoming webhook as Block Kit messages, with a link to each alert in Vigil's UI when
/// a base URL is configured.
public struct SlackChannel: NotificationChannel {
    public let name: String
    let poster: HTTPPoster
    let uiBaseURL: String?

    public init(name: String, url: Secret, uiBaseURL: String?, client: HTTPClient = .shared, timeout: Double = 10) {
        self.name = name
        poster = HTTPPoster(client: client, url: url, timeout: timeout)
        self.uiBaseURL = uiBaseURL
    }

    public func send(_ alert: Alert) async throws {
        try await post(SlackMessage.alert(alert, link: AlertLink.url(for: alert, base: uiBaseURL)))
    }

    public func sendDigest(_ alerts: [Alert]) async throws {
        try await post(SlackMessage.digest(alerts) { AlertLink.url(for: $0, base: uiBaseURL) })
    }

    private func post(_ message: [String: Any]) async throws {
        try await poster.post(Array(try JSONSerialization.data(withJSONObject: message)), headers: [])
    }
}

/// Where an alert is in Vigil's UI: `<base>/alerts/<id>`.
enum AlertLink {
    static func url(for alert: Alert, base: String?) -> String? {
        guard let base, !base.isEmpty else { return nil }
        let id = alert.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? alert.id
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/alerts/" + id
    }
}
