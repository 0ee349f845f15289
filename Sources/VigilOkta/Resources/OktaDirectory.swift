import Foundation
import VigilEvent

/// A group (`GET /api/v1/groups`).
public struct OktaGroup: Codable, Sendable, Equatable {
    public var id: String
    /// `OKTA_GROUP`, `APP_GROUP` or `BUILT_IN`.
    public var type: String?
    public var created: Date?
    public var lastUpdated: Date?
    public var lastMembershipUpdated: Date?
    public var profile: JSONValue?

    public var name: String? { profile?["name"]?.stringValue }
}

/// An app integration (`GET /api/v1/apps`).
public struct OktaApp: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var label: String?
    public var status: String?
    public var signOnMode: String?
    public var created: Date?
    public var lastUpdated: Date?
}

/// A device registered with Okta (`GET /api/v1/devices`).
public struct OktaDevice: Codable, Sendable, Equatable {
    public var id: String
    /// `ACTIVE`, `CREATED`, `DEACTIVATED`, `SUSPENDED`.
    public var status: String?
    public var created: Date?
    public var lastUpdated: Date?
    public var profile: JSONValue?

    public var displayName: String? { profile?["displayName"]?.stringValue }
    public var platform: String? { profile?["platform"]?.stringValue }
}

/// An SSWS API token's metadata (`GET /api/v1/api-tokens`; the token itself is never returned).
public struct OktaAPIToken: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    /// The admin whose privileges the token carries.
    public var userId: String?
    public var clientName: String?
    public var created: Date?
    public var expiresAt: Date?
    public var lastUpdated: Date?
    public var tokenWindow: String?
}

/// A log stream (`GET /api/v1/logStreams`): `aws_eventbridge` or `splunk_cloud_logstreaming`.
public struct OktaLogStream: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var type: String?
    /// `ACTIVE` or `INACTIVE` (Okta deactivates a stream after two failed deliveries).
    public var status: String?
    public var created: Date?
    public var lastUpdated: Date?
    public var settings: JSONValue?
}
