import VigilEvent
import VigilSimulator

/// A factor as `GET /api/v1/users/{id}/factors` returns it (the spec's `UserFactor`).
struct FactorResource: Encodable, Sendable {
    let id: String
    let factorType: String
    let provider: String
    let vendorName: String
    let status = "ACTIVE"
    let created: String
    let lastUpdated: String
    let profile: [String: String]
    let _links: [String: Link]

    init(_ factor: OrgFactor, user: OrgUser, created: Timestamp, baseURL: String) {
        id = factor.id
        factorType = factor.type.rawValue
        provider = factor.type.provider
        vendorName = factor.type.provider
        self.created = created.adding(seconds: 86_400).iso8601
        lastUpdated = self.created
        switch factor.type {
        case .push, .signedNonce: profile = ["deviceType": "SmartPhone_IPhone", "name": factor.type.authenticatorName, "platform": "IOS", "version": "17.2"]
        case .totp: profile = ["credentialId": user.login]
        case .sms: profile = ["phoneNumber": "+1-555-01" + String(user.id.suffix(2).unicodeScalars.map { String($0.value % 10) }.joined())]
        case .email: profile = ["email": user.login]
        case .webauthn: profile = ["credentialId": factor.id, "authenticatorName": "Security Key"]
        }
        _links = ["self": Link(href: "\(baseURL)/api/v1/users/\(user.id)/factors/\(factor.id)"),
                  "user": Link(href: "\(baseURL)/api/v1/users/\(user.id)")]
    }
}

/// A standard admin role assigned to a user (the spec's `StandardRole`).
struct RoleResource: Encodable, Sendable {
    let id: String
    let label: String
    let type: String
    let status = "ACTIVE"
    let created: String
    let lastUpdated: String
    let assignmentType = "USER"
    let _links: [String: Link]

    init(_ role: AdminRoleAssignment, user: OrgUser, created: Timestamp, baseURL: String) {
        id = role.id
        label = role.role.label
        type = role.role.rawValue
        self.created = created.iso8601
        lastUpdated = created.iso8601
        _links = ["assignee": Link(href: "\(baseURL)/api/v1/users/\(user.id)")]
    }
}

/// A group (the spec's `Group`): department groups are `OKTA_GROUP`, Everyone is `BUILT_IN`.
struct GroupResource: Encodable, Sendable {
    struct Profile: Encodable, Sendable {
        let name: String
        let description: String
    }
    let id: String
    let created: String
    let lastUpdated: String
    let lastMembershipUpdated: String
    let objectClass = ["okta:user_group"]
    let type: String
    let profile: Profile
    let _links: [String: Link]

    init(_ group: OrgGroup, builtIn: Bool, start: Timestamp, baseURL: String) {
        id = group.id
        created = start.adding(seconds: -800 * 86_400).iso8601
        lastUpdated = created
        lastMembershipUpdated = start.adding(seconds: -86_400).iso8601
        type = builtIn ? "BUILT_IN" : "OKTA_GROUP"
        profile = Profile(name: group.name, description: builtIn ? "All users in your organization" : "\(group.name) department")
        _links = ["self": Link(href: "\(baseURL)/api/v1/groups/\(group.id)"), "users": Link(href: "\(baseURL)/api/v1/groups/\(group.id)/users")]
    }
}

/// An app instance (the spec's `Application`).
struct AppResource: Encodable, Sendable {
    let id: String
    let name: String
    let label: String
    let status = "ACTIVE"
    let created: String
    let lastUpdated: String
    let signOnMode: String
    let _links: [String: Link]

    init(_ app: OrgApp, start: Timestamp, baseURL: String) {
        id = app.id
        name = app.template.appName
        label = app.label
        created = start.adding(seconds: -700 * 86_400).iso8601
        lastUpdated = created
        signOnMode = switch app.template.signOn {
        case .saml: "SAML_2_0"
        case .oidc: "OPENID_CONNECT"
        case .bookmark: "BOOKMARK"
        case .okta: "BROWSER_PLUGIN"
        }
        _links = ["self": Link(href: "\(baseURL)/api/v1/apps/\(app.id)"), "users": Link(href: "\(baseURL)/api/v1/apps/\(app.id)/users")]
    }
}

/// A device (the spec's `Device`).
struct DeviceResource: Encodable, Sendable {
    struct Profile: Encodable, Sendable {
        let displayName: String
        let platform: String
        let model: String
        let osVersion: String
        let registered: Bool
        let managed: Bool
    }
    let id: String
    let status = "ACTIVE"
    let created: String
    let lastUpdated: String
    let resourceType = "UDDevice"
    let resourceDisplayName: [String: String]
    let profile: Profile
    let _links: [String: Link]

    init(_ device: OrgDevice, start: Timestamp, baseURL: String) {
        id = device.id
        created = start.adding(seconds: -200 * 86_400).iso8601
        lastUpdated = created
        resourceDisplayName = ["value": device.name, "sensitive": "false"]
        profile = Profile(displayName: device.name, platform: device.userAgent.platform.uppercased(), model: device.name,
                          osVersion: device.userAgent.osVersion, registered: device.registered, managed: device.managed)
        _links = ["self": Link(href: "\(baseURL)/api/v1/devices/\(device.id)"), "users": Link(href: "\(baseURL)/api/v1/devices/\(device.id)/users")]
    }
}

/// An entry of `GET /api/v1/users/{id}/devices`.
struct UserDeviceResource: Encodable, Sendable {
    let device: DeviceResource
    let created: String
}

/// An SSWS API token's metadata (the spec's `ApiToken`; the secret is never returned).
struct APITokenResource: Encodable, Sendable {
    let id: String
    let name: String
    let userId: String
    let clientName = "Okta API"
    let created: String
    let lastUpdated: String
    let expiresAt: String
    let tokenWindow = "P30D"
    let network: [String: String] = ["connection": "ANYWHERE"]
    let _link: [String: Link]

    init(_ token: OrgAPIToken, owner: OrgUser, now: Timestamp, baseURL: String) {
        id = token.id
        name = token.name
        userId = owner.id
        created = now.adding(seconds: -90 * 86_400).iso8601
        lastUpdated = now.adding(seconds: -3600).iso8601
        expiresAt = now.adding(seconds: 30 * 86_400).iso8601
        _link = ["self": Link(href: "\(baseURL)/api/v1/api-tokens/\(token.id)"), "user": Link(href: "\(baseURL)/api/v1/users/\(owner.id)")]
    }
}
