import VigilEvent

/// The less frequent parts of a normal day: machine tokens, password changes, admin work and travel.
extension BenignWorkload {
    /// A back-end integration refreshing its client-credentials token from the cloud.
    mutating func serviceToken(at t: Int64) {
        guard let app = org.app(labelled: "HR Provisioning Service") else { return }
        let context = SignInContext(actor: EventActor(id: app.id, type: "PublicClientApp", alternateId: app.id, displayName: app.label),
                                    origin: org.integrationOrigin, sessionId: "unknown")
        pending.schedule(at: t) {
            $0.tokenGrant(context, at: Timestamp(millis: t), subject: nil, app: app, grantType: "client_credentials")
        }
    }


    /// A new hire created, activated and put in their department's group, by an admin in the console or by
    /// the HR sync through an SSWS token (whose events name the token in `transaction.detail`).
    mutating func onboard(by admin: SignInContext, at t: Int64) {
        let hire = newHire()
        let group = org.groups[hire.department]
        pending.schedule(at: t) { $0.userCreate(admin, at: Timestamp(millis: t), user: hire) }
        pending.schedule(at: t + 1_200) { $0.userActivate(admin, at: Timestamp(millis: t + 1_200), user: hire) }
        pending.schedule(at: t + 2_500) { $0.groupMembershipAdd(admin, at: Timestamp(millis: t + 2_500), user: hire, group: group) }
    }

    /// A user changes their password from their session (re-verifying the old one first).
    mutating func passwordChange(user u: Int, at t: Int64) {
        guard let context = activity[u].session, activity[u].sessionUntil > t else { return signIn(user: u, at: t) }
        let user = org.users[u]
        pending.schedule(at: t) { $0.verifyPassword(context, at: Timestamp(millis: t), user: user) }
        pending.schedule(at: t + 3_000) { $0.updatePassword(context, at: Timestamp(millis: t + 3_000), user: user) }
        activity[u].lastSeen = Swift.max(activity[u].lastSeen, t + 3_000)
    }

    /// An admin's routine task: onboarding a hire, adding someone to a group, assigning an app.
    mutating func adminWork(at t: Int64) {
        let admins = org.adminIndices.filter { org.users[$0].status.canSignIn }
        guard !admins.isEmpty else { return signIn(user: pickUser(at: t), at: t) }
        let a = random.pick(admins)
        if random.chance(0.3), let token = org.apiTokens.last {
            let sync = SignInContext(actor: EventActor(org.users[token.owner]), origin: org.integrationOrigin, sessionId: "unknown",
                                     apiTokenId: token.id)
            return onboard(by: sync, at: t)
        }
        guard let admin = activity[a].session, activity[a].sessionUntil > t else { return signIn(user: a, at: t) }
        activity[a].lastSeen = Swift.max(activity[a].lastSeen, t + 2_500)
        let subject = org.users[pickUser(at: t)]
        switch random.below(3) {
        case 0:
            onboard(by: admin, at: t)
        case 1:
            let group = random.pick(org.groups)
            pending.schedule(at: t) { $0.groupMembershipAdd(admin, at: Timestamp(millis: t), user: subject, group: group) }
        default:
            let app = org.apps[random.int(2...(org.apps.count - 2))]
            pending.schedule(at: t) { $0.appMembershipAdd(admin, at: Timestamp(millis: t), user: subject, app: app) }
        }
    }

    /// Someone joining the org (not added to the org's user list: the model stays the seed's).
    mutating func newHire() -> OrgUser {
        let template = org.users[random.below(org.users.count)]
        let first = random.pick(PersonNames.given), last = random.pick(PersonNames.family)
        let login = (first + "." + last).lowercased().filter { $0 != "'" } + String(random.int(10...99)) + "@"
            + template.login.split(separator: "@").last!
        return OrgUser(id: random.oktaId("00u", cell: org.cell), login: login, firstName: first, lastName: last,
                       status: .staged, department: random.below(PersonNames.departments.count), home: template.home,
                       homeNetwork: template.homeNetwork, homeIP: template.homeIP, devices: [], factors: [],
                       schedule: template.schedule, groups: [], apps: [])
    }

    /// A user signs in from another country and stays there a few days. The destination must be reachable by
    /// air since the user was last seen (at 900 km/h, plus two hours at airports), so Okta flags the new
    /// location but not velocity.
    mutating func travel(at t: Int64) {
        let u = pickUser(at: t)
        let user = org.users[u]
        let city = random.pick(City.homes.filter { $0.countryCode != user.home.countryCode })
        let flightMillis = Int64((city.distance(to: user.home) / 900 + 2) * 3_600_000)
        guard activity[u].lastSeen != .min, activity[u].lastSeen < t - flightMillis,
              activity[u].trip == nil else {
            return appAccess(user: u, at: t)
        }
        let network = random.pick(Network.serving(city.countryCode))
        activity[u].trip = Place(ip: network.address(&random), city: city, network: network)
        activity[u].tripUntil = t + Int64(random.int(2...7)) * 86_400_000
        activity[u].session = nil
        signIn(user: u, at: t, behaviors: .relocated(from: user.home, to: city, newDevice: false, newIP: true, velocity: false),
               risk: "MEDIUM")
    }
}
