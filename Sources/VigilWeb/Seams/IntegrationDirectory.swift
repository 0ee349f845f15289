import Foundation
import VigilEvent
import VigilStore

/// The Okta orgs Vigil watches and the health of each ingestion path; implemented by the ingestion service.
public protocol IntegrationDirectory: Sendable {
    func integrations() async throws -> [IntegrationStatus]
    /// Checks the connection to Okta now (token valid, scopes, reachability). `nil` if there is no such integration.
    func validate(integrationId: String) async throws -> IntegrationValidation?
    /// What an Okta admin needs to point Event Hooks and Log Streaming at Vigil. `nil` if there is no such integration.
    func setup(integrationId: String) async throws -> IntegrationSetup?
}

/// One Okta org and how its events reach Vigil.
public struct IntegrationStatus: Sendable, Codable, Equatable {
    /// Vigil's id for the integration; also the EventBridge event source name (see `IntegrationSetup`).
    public var id: String
    public var name: String
    public var oktaDomain: String
    public var paths: [IngestPathStatus]

    public init(id: String, name: String, oktaDomain: String, paths: [IngestPathStatus]) {
        self.id = id
        self.name = name
        self.oktaDomain = oktaDomain
        self.paths = paths
    }
}

/// The health of one ingestion path (System Log polling, Event Hooks, EventBridge).
public struct IngestPathStatus: Sendable, Codable, Equatable {
    /// `systemLog`, `eventHook` or `eventBridge`.
    public var path: String
    public var enabled: Bool
    /// RFC 3339 time of the newest event received over this path.
    public var lastEventAt: String?
    /// Seconds between an event's `published` and its arrival, recently.
    public var lagSeconds: Double?
    /// Share of the Okta rate limit in use, 0...1 (polling only).
    public var rateLimitUsed: Double?
    public var eventsLastHour: Int
    /// Recent errors, newest first.
    public var errors: [String]
    /// Set while the path reads history (a first-run System Log backfill).
    public var backfill: Backfill?

    /// A running backfill's progress.
    public struct Backfill: Sendable, Codable, Equatable {
        public var events: Int64
        public var eventsPerSecond: Double
        /// Estimated seconds until it reaches the present; nil until it can tell.
        public var etaSeconds: Double?
        /// RFC 3339 time of the newest event it has reached.
        public var reachedAt: String?

        public init(events: Int64, eventsPerSecond: Double, etaSeconds: Double? = nil, reachedAt: Timestamp? = nil) {
            self.events = events
            self.eventsPerSecond = eventsPerSecond
            self.etaSeconds = etaSeconds
            self.reachedAt = reachedAt?.iso8601
        }

        /// The store's form, as the ingestion service's status board keeps it.
        public init(_ progress: BackfillProgress) {
            self.init(events: progress.events, eventsPerSecond: progress.eventsPerSecond, etaSeconds: progress.etaSeconds,
                      reachedAt: progress.reached)
        }
    }

    public init(path: String, enabled: Bool, lastEventAt: Timestamp? = nil, lagSeconds: Double? = nil,
                rateLimitUsed: Double? = nil, eventsLastHour: Int = 0, errors: [String] = [], backfill: Backfill? = nil) {
        self.path = path
        self.enabled = enabled
        self.lastEventAt = lastEventAt?.iso8601
        self.lagSeconds = lagSeconds
        self.rateLimitUsed = rateLimitUsed
        self.eventsLastHour = eventsLastHour
        self.errors = errors
        self.backfill = backfill
    }

    /// Healthy when enabled without recent errors.
    public var healthy: Bool { enabled && errors.isEmpty }
}

/// The result of checking an integration's connection.
public struct IntegrationValidation: Sendable, Codable, Equatable {
    public var ok: Bool
    public var checks: [Check]

    public struct Check: Sendable, Codable, Equatable {
        public var name: String
        public var ok: Bool
        public var detail: String
        public init(name: String, ok: Bool, detail: String) { self.name = name; self.ok = ok; self.detail = detail }
    }

    public init(checks: [Check]) {
        self.checks = checks
        ok = checks.allSatisfy(\.ok)
    }
}

/// What to enter in Okta's Admin Console to send events to Vigil.
public struct IntegrationSetup: Sendable, Codable, Equatable {
    public var integrationId: String
    /// The HTTPS URL Okta's Event Hook posts to.
    public var eventHookURL: String
    /// The header Okta's Event Hook authenticates with (its value is the shared secret, shown only where it is set).
    public var eventHookAuthHeader: String
    /// The Okta org's subdomain, part of the partner event source's name on AWS.
    public var oktaSubdomain: String
    /// The name to enter as "Event source name" in Okta's EventBridge log stream: the integration id, so Vigil
    /// knows which integration events arriving over EventBridge belong to.
    public var eventSourceName: String { integrationId }

    public init(integrationId: String, eventHookURL: String, eventHookAuthHeader: String = "Authorization", oktaSubdomain: String) {
        self.integrationId = integrationId
        self.eventHookURL = eventHookURL
        self.eventHookAuthHeader = eventHookAuthHeader
        self.oktaSubdomain = oktaSubdomain
    }

    /// The partner event source Okta creates on AWS: `aws.partner/okta.com/{subdomain}/{event source name}`.
    public var partnerEventSource: String { "aws.partner/okta.com/\(oktaSubdomain)/\(eventSourceName)" }
}
