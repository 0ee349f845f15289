import Foundation

/// An event hook (`/api/v1/eventHooks`). Okta sends events only to hooks that are `ACTIVE` and `VERIFIED`.
public struct OktaEventHook: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: String?
    public var verificationStatus: String?
    public var events: Events
    public var channel: Channel
    public var created: Date?
    public var lastUpdated: Date?

    public struct Events: Codable, Sendable, Equatable {
        /// Always `EVENT_TYPE`.
        public var type: String
        public var items: [String]
    }

    public struct Channel: Codable, Sendable, Equatable {
        public var type: String
        public var version: String
        public var config: Config
    }

    public struct Config: Codable, Sendable, Equatable {
        public var uri: String
        public var headers: [Header]?
        /// Write-only on Okta's side: it is never returned.
        public var authScheme: AuthScheme?
    }

    public struct Header: Codable, Sendable, Equatable {
        public var key: String
        public var value: String
    }

    public struct AuthScheme: Codable, Sendable, Equatable {
        public var type: String
        public var key: String
        public var value: String?
    }

    public var isDelivering: Bool { status == "ACTIVE" && verificationStatus == "VERIFIED" }
}

/// What Vigil registers: the endpoint, the shared secret Okta sends back in `authHeader`, and the event types.
public struct OktaEventHookRequest: Encodable, Sendable {
    var name: String
    var events: OktaEventHook.Events
    var channel: OktaEventHook.Channel

    /// `uri` must be HTTPS. `secret` is sent by Okta as `authHeader: secret` with every delivery.
    public init(name: String, uri: String, eventTypes: [String], authHeader: String = "Authorization", secret: String) {
        self.name = name
        events = .init(type: "EVENT_TYPE", items: eventTypes)
        channel = .init(type: "HTTP", version: "1.0.0",
                        config: .init(uri: uri, headers: nil, authScheme: .init(type: "HEADER", key: authHeader, value: secret)))
    }
}
