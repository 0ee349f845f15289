/// One Okta org Vigil ingests from, by any of the three paths.
public struct IntegrationConfiguration: Sendable, Hashable {
    /// The integration's name in URLs (`/hooks/okta/{id}`), the store and metrics; also the name of the Okta log
    /// stream's AWS event source, so it follows AWS's rules: 1–75 of `[A-Za-z0-9._-]`.
    public var id: String
    /// `https://acme.okta.com`, without a trailing slash.
    public var orgURL: String
    /// Needed for polling (and, later, response actions); a hooks-only integration may go without.
    public var credential: OktaCredential?
    public var poll: Poll
    public var hooks: Hooks
    public var eventBridge: EventBridge?
    /// The scheduled copy of the org's users, factors, roles, groups, apps, devices and API tokens.
    public var inventory: Inventory = Inventory()
    /// The share of each Okta rate-limit bucket Vigil leaves for the org's other API clients (0.5 = use half).
    public var rateLimitReserve: Double

    public init(id: String, orgURL: String, credential: OktaCredential? = nil, poll: Poll = Poll(), hooks: Hooks = Hooks(),
                eventBridge: EventBridge? = nil, rateLimitReserve: Double = Self.defaultRateLimitReserve) {
        self.id = id
        self.orgURL = orgURL
        self.credential = credential
        self.poll = poll
        self.hooks = hooks
        self.eventBridge = eventBridge
        self.rateLimitReserve = rateLimitReserve
    }

    public static let defaultRateLimitReserve = 0.5

    /// System Log polling (`GET /api/v1/logs`, following `next` links from a saved cursor).
    public struct Poll: Sendable, Hashable {
        public var enabled: Bool
        /// How far back the first poll starts. Okta keeps 90 days.
        public var backfillSeconds: Double
        /// Pause between polls once caught up.
        public var intervalSeconds: Double

        public init(enabled: Bool = true, backfillSeconds: Double = Self.defaultBackfill, intervalSeconds: Double = Self.defaultInterval) {
            self.enabled = enabled
            self.backfillSeconds = backfillSeconds
            self.intervalSeconds = intervalSeconds
        }

        public static let defaultBackfill = 7 * 86_400.0
        public static let maximumBackfill = 90 * 86_400.0
        public static let defaultInterval = 10.0
    }

    /// Inventory sync: users incrementally (`lastUpdated`), everything else listed in full, every `intervalSeconds`,
    /// through the org's rate-limit budget. It needs a credential; without one it does not run.
    public struct Inventory: Sendable, Hashable {
        public var enabled: Bool
        public var intervalSeconds: Double

        public init(enabled: Bool = true, intervalSeconds: Double = Self.defaultInterval) {
            self.enabled = enabled
            self.intervalSeconds = intervalSeconds
        }

        public static let defaultInterval = 3600.0
        /// Each sync lists every group, app, device and token: more often than this costs the org's budget for little.
        public static let minimumInterval = 300.0
        public static let maximumInterval = 7 * 86_400.0
    }

    /// Okta Event Hooks delivered to `POST /hooks/okta/{id}`, authenticated by a shared header.
    public struct Hooks: Sendable, Hashable {
        public var enabled: Bool
        /// The header Okta's `authScheme` sends (its `key`).
        public var authHeader: String
        /// The header's expected value (the hook's `authScheme.value`).
        public var secret: SecretReference?

        public init(enabled: Bool = false, authHeader: String = Self.defaultAuthHeader, secret: SecretReference? = nil) {
            self.enabled = enabled
            self.authHeader = authHeader
            self.secret = secret
        }

        public static let defaultAuthHeader = "Authorization"
    }

    /// Okta Log Streaming to AWS EventBridge, read from the SQS queue an EventBridge rule targets.
    public struct EventBridge: Sendable, Hashable {
        public var queueURL: String
        public var region: String
        /// Environment variables holding the AWS credentials (standard names by default).
        public var accessKeyIDEnv: String
        public var secretAccessKeyEnv: String
        public var sessionTokenEnv: String
        /// Another SQS endpoint (a local emulator, a VPC endpoint).
        public var endpoint: String?

        public init(queueURL: String, region: String, accessKeyIDEnv: String = "AWS_ACCESS_KEY_ID",
                    secretAccessKeyEnv: String = "AWS_SECRET_ACCESS_KEY", sessionTokenEnv: String = "AWS_SESSION_TOKEN",
                    endpoint: String? = nil) {
            self.queueURL = queueURL
            self.region = region
            self.accessKeyIDEnv = accessKeyIDEnv
            self.secretAccessKeyEnv = secretAccessKeyEnv
            self.sessionTokenEnv = sessionTokenEnv
            self.endpoint = endpoint
        }
    }
}
