import Foundation

/// An OAuth access token from the org authorization server, and when Vigil stops using it.
struct AccessToken: Sendable, Equatable {
    var value: String
    var type: String
    /// A minute before Okta's expiry (tokens last an hour), so a request never leaves with a token about to die.
    var refreshAfter: Date

    init(value: String, type: String, expiresIn: Int, now: Date = Date()) {
        self.value = value
        self.type = type
        let margin = min(60, Double(expiresIn) / 10)
        refreshAfter = now.addingTimeInterval(Double(expiresIn) - margin)
    }

    var isFresh: Bool { Date() < refreshAfter }
    var authorization: String { "\(type) \(value)" }

    /// `{"token_type":"Bearer","expires_in":3600,"access_token":"…","scope":"…"}`
    struct Response: Decodable {
        var access_token: String
        var token_type: String?
        var expires_in: Int?
    }
}
