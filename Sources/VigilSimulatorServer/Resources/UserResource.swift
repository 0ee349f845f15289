import VigilEvent
import VigilSimulator

/// A user as `GET /api/v1/users` returns it (the spec's `User`).
struct UserResource: Encodable, Sendable {
    struct UserType: Encodable, Sendable { let id: String }
    struct Profile: Encodable, Sendable {
        let firstName: String
        let lastName: String
        let login: String
        let email: String
        let department: String
        let city: String
        let countryCode: String
    }
    struct Provider: Encodable, Sendable { let type = "OKTA", name = "OKTA" }
    struct Credentials: Encodable, Sendable {
        let password: [String: String] = [:]
        let provider = Provider()
    }

    let id: String
    let status: String
    let created: String
    let activated: String?
    let statusChanged: String?
    let lastLogin: String?
    let lastUpdated: String
    let passwordChanged: String?
    let type: UserType
    let profile: Profile
    let credentials: Credentials
    let _links: [String: Link]

    init(_ user: OrgUser, dates: UserDates, department: String, cell: String, baseURL: String) {
        id = user.id
        status = user.status.rawValue
        created = dates.created.iso8601
        activated = user.status == .staged || user.status == .provisioned ? nil : dates.created.adding(seconds: 3600).iso8601
        statusChanged = dates.lastUpdated.iso8601
        lastLogin = nil
        lastUpdated = dates.lastUpdated.iso8601
        passwordChanged = user.status == .staged ? nil : dates.created.adding(seconds: 7200).iso8601
        type = UserType(id: "oty" + String(repeating: "0", count: 14) + cell)
        profile = Profile(firstName: user.firstName, lastName: user.lastName, login: user.login, email: user.login,
                          department: department, city: user.home.name, countryCode: user.home.countryCode)
        credentials = Credentials()
        _links = ["self": Link(href: "\(baseURL)/api/v1/users/\(user.id)")]
    }
}

/// When a user was created and last changed.
struct UserDates: Sendable {
    let created: Timestamp
    let lastUpdated: Timestamp
}

extension OrgState {
    /// Users were created over the two years before the server started; the API's changes update `lastUpdated`.
    func dates(ofUser index: Int) -> UserDates {
        let created = clock.start.adding(seconds: -Double(30 + (index * 7919) % 700) * 86_400 - Double((index * 104_729) % 86_400))
        return UserDates(created: created, lastUpdated: userUpdated[index] ?? created.adding(seconds: 86_400))
    }

    func userResource(_ index: Int, baseURL: String) -> UserResource {
        let user = org.users[index]
        return UserResource(user, dates: dates(ofUser: index), department: org.groups[user.department].name, cell: org.cell, baseURL: baseURL)
    }
}
