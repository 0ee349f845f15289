import Foundation
import VigilEvent

/// An Okta user (`GET /api/v1/users`). The profile is kept whole: orgs add custom attributes.
public struct OktaUser: Codable, Sendable, Equatable {
    public var id: String
    /// `ACTIVE`, `DEPROVISIONED`, `LOCKED_OUT`, `PASSWORD_EXPIRED`, `PROVISIONED`, `RECOVERY`, `STAGED`, `SUSPENDED`.
    public var status: String
    public var created: Date?
    public var activated: Date?
    public var statusChanged: Date?
    public var lastLogin: Date?
    public var lastUpdated: Date?
    public var passwordChanged: Date?
    public var profile: JSONValue?

    public var login: String? { profile?["login"]?.stringValue }
    public var email: String? { profile?["email"]?.stringValue }
    public var displayName: String? {
        let first = profile?["firstName"]?.stringValue, last = profile?["lastName"]?.stringValue
        return [first, last].compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? login
    }
}

/// An enrolled factor (`GET /api/v1/users/{id}/factors`).
public struct OktaFactor: Codable, Sendable, Equatable {
    public var id: String
    /// `push`, `sms`, `token:software:totp`, `webauthn`, `signed_nonce` (FastPass), …
    public var factorType: String
    public var provider: String?
    public var vendorName: String?
    public var status: String?
    public var created: Date?
    public var lastUpdated: Date?
}

/// An admin role assigned to a user (`GET /api/v1/users/{id}/roles`).
public struct OktaRoleAssignment: Codable, Sendable, Equatable {
    public var id: String
    /// `SUPER_ADMIN`, `ORG_ADMIN`, `READ_ONLY_ADMIN`, `CUSTOM`, …
    public var type: String
    public var label: String?
    public var status: String?
    /// `USER` (assigned directly) or `GROUP` (through a group).
    public var assignmentType: String?
    public var created: Date?
    public var lastUpdated: Date?
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
