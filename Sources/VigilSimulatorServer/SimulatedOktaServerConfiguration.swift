import VigilEvent

/// Everything that defines a simulated Okta org server: its org, its traffic, its quirks and who may call it.
public struct SimulatedOktaServerConfiguration: Sendable {
    /// Address to listen on; the default is loopback only.
    public var host = "127.0.0.1"
    /// Port to listen on; 0 picks a free one (read it from `SimulatedOktaServer.port`).
    public var port = 0
    /// The org and all its traffic are drawn from the seed.
    public var seed: UInt64 = 1
    public var users = 500
    /// SSWS API tokens the org accepts (`Authorization: SSWS <token>`), each acting as a super admin.
    public var apiTokens: [String] = []
    /// Benign events per wall-clock second; nil: Okta-like volume for the org's size (0.05 per user per simulated minute).
    public var eventsPerSecond: Double?
    /// The benign rate follows the hour of the week around its average (see `WorkloadConfiguration.weeklyRhythm`).
    public var weeklyRhythm = true
    /// Simulated seconds per wall-clock second.
    public var timeCompression: Double = 1
    /// Simulated seconds between an event's `published` and its persistence (when polling can see it).
    public var ingestionDelay: Double = 0
    /// Vary the ingestion delay per event (0 up to the delay, at least 5 s) so persistence order differs from
    /// `published` order.
    public var outOfOrder = false
    /// Play an attack scenario every so many wall-clock seconds (nil: only on request).
    public var scenarioEvery: Double?
    /// Simulated time when the server starts (default: the wall clock, so events look current).
    public var start: Timestamp?
    /// Simulated seconds of history generated at start, so a first poll finds events.
    public var backfill: Double = 0
    /// Play benign traffic; off, the log holds only what API calls and scenarios write.
    public var benignTraffic = true
    public var rateLimits = RateLimitConfiguration()
    /// OAuth 2.0 clients that can get access tokens from `/oauth2/v1/token`.
    public var oauthClients: [OAuthClientRegistration] = []
    /// The URL clients reach the server at (default `http://<host>:<port>`): links and the token endpoint's
    /// expected `aud` use it.
    public var publicURL: String?
    /// How long an event hook endpoint has to answer, in seconds (Okta: 3).
    public var hookTimeout: Double = 3
    /// Events close together are delivered to a hook in one request; this is how long a batch collects.
    public var hookBatchWindow: Double = 0.5
    /// Where active log streams send events (an EventBridge `PutEvents` client); nil: log streams can be managed
    /// but their deliveries fail, and after two failures each deactivates itself as Okta's do.
    public var logStreamTransport: (any LogStreamTransport)?

    public init(seed: UInt64 = 1, users: Int = 500, apiTokens: [String] = []) {
        self.seed = seed
        self.users = users
        self.apiTokens = apiTokens
    }
}
