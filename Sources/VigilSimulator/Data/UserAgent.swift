/// A browser or client as Okta parses it into `client.userAgent`, plus the device facts that go with it.
public final class UserAgent: Sendable {
    public let raw: String
    /// Okta's names: `Mac OS X`, `Windows 10`, `iOS`, `Android`, `Linux`, `Unknown`.
    public let os: String
    /// Okta's names: `CHROME`, `SAFARI`, `FIREFOX`, `EDGE`, `UNKNOWN`.
    public let browser: String
    /// `client.device`: `Computer`, `Mobile`, `Unknown`.
    public let device: String
    /// The Okta Verify device platform (`MACOS`, `WINDOWS`, `IOS`, `ANDROID`), empty for scripts.
    public let platform: String
    /// Device model names Okta Verify reports for this platform.
    public let models: [String]
    public let osVersion: String

    public init(raw: String, os: String, browser: String, device: String, platform: String, models: [String], osVersion: String) {
        self.raw = raw
        self.os = os
        self.browser = browser
        self.device = device
        self.platform = platform
        self.models = models
        self.osVersion = osVersion
    }
}

// A class for the same reason as `City`. A user agent is identified by its raw string.
extension UserAgent: Hashable {
    public static func == (a: UserAgent, b: UserAgent) -> Bool { a === b || a.raw == b.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }
}
