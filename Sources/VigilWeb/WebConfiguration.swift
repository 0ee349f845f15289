import Foundation
/// Settings of the web UI and REST API.
public struct WebConfiguration: Sendable {
    /// Whether session cookies carry `Secure`. `nil`: when the request arrived over HTTPS (directly, or as
    /// `X-Forwarded-Proto: https` from a TLS-terminating proxy).
    public var secureCookies: Bool?
    /// How long a login lasts.
    public var sessionSeconds: Int
    /// bcrypt cost for passwords set through the UI (tests lower it; 12 takes about a quarter second).
    public var bcryptCost: UInt8
    /// How often the live event feed asks for new events, in seconds.
    public var feedPollSeconds: Int
    /// How long browsers must keep to HTTPS after seeing Vigil over it (`Strict-Transport-Security: max-age`).
    public var hstsMaxAgeSeconds: Int
    /// Whether the client address for sign-in throttling comes from the last `X-Forwarded-For` entry (set this
    /// only behind a proxy that appends it; otherwise a client could claim any address).
    public var trustForwardedFor: Bool

    public init(secureCookies: Bool? = nil, sessionSeconds: Int = 8 * 3600, bcryptCost: UInt8 = 12, feedPollSeconds: Int = 5,
                hstsMaxAgeSeconds: Int = 365 * 24 * 3600, trustForwardedFor: Bool = false) {
        self.trustForwardedFor = trustForwardedFor
        self.hstsMaxAgeSeconds = hstsMaxAgeSeconds
        self.secureCookies = secureCookies
        self.sessionSeconds = sessionSeconds
        self.bcryptCost = bcryptCost
        self.feedPollSeconds = feedPollSeconds
    }
}
