/// A browser or client as Okta parses it into `client.userAgent`, plus the device facts that go with it.
public struct UserAgent: Sendable, Hashable {
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
}
