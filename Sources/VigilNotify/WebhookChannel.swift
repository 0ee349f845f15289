import AsyncHTTPClient
import Foundation
import VigilDetect

/// Sends alert documents (the JSON contract of `Alert.json`) to any HTTP receiver, signed with HMAC-SHA256 when a
/// key is configured (see `WebhookSignature`). A digest is `{"type":"digest","count":N,"alerts":[documents]}`;
/// `X-Vigil-Event` says which of the two a request carries.
public struct WebhookChannel: NotificationChannel {
    public let name: String
    let poster: HTTPPoster
    let key: Secret?

    public init(name: String, url: Secret, key: Secret?, client: HTTPClient = .shared, timeout: Double = 10) {
        self.name = name
        poster = HTTPPoster(client: client, url: url, timeout: timeout)
        self.key = key
    }

    public func send(_ alert: Alert) async throws {
        try await post(Array(alert.json.utf8), event: "alert")
    }

    public func sendDigest(_ alerts: [Alert]) async throws {
        let body = "{\"type\":\"digest\",\"count\":\(alerts.count),\"alerts\":[" + alerts.map(\.json).joined(separator: ",") + "]}"
        try await post(Array(body.utf8), event: "digest")
    }

    private func post(_ body: [UInt8], event: String) async throws {
        var headers = [("X-Vigil-Event", event)]
        if let key {
            let timestamp = Int(Date().timeIntervalSince1970)
            headers += [(WebhookSignature.timestampHeader, String(timestamp)),
                        (WebhookSignature.signatureHeader, WebhookSignature.sign(body: body, timestamp: timestamp, key: key))]
        }
        try await poster.post(body, headers: headers)
    }
}
