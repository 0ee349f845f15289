extension SimulatedOrg {
    /// Draws an org of `userCount` people from `seed`.
    public init(seed: UInt64, users userCount: Int) {
        var random = SeededRandom(seed: seed).derived(1)
        self.seed = seed
        subdomain = random.pick(Self.companyNames) + "-" + random.token(4, from: Alphabet.hex)
        cell = "1d" + String(random.int(5...9))
        groups = []
        apps = []
        users = []
        roles = []
        apiTokens = []
        policies = []
        zones = []
        integrations = []
        // Headquarters in the biggest home city, behind a business line: its egress IP is the trusted zone.
        var officeRandom = random.derived(7)
        let business = Network.residential.first { $0.asNumber == 701 }!
        office = Place(ip: business.address(&officeRandom), city: City.homes[0], network: business)
        for department in PersonNames.departments {
            groups.append(OrgGroup(id: random.oktaId("00g", cell: cell), name: department))
        }
        groups.append(OrgGroup(id: random.oktaId("00g", cell: cell), name: "Everyone"))
        for template in AppTemplate.catalog {
            apps.append(OrgApp(id: random.oktaId("0oa", cell: cell), template: template))
        }
        var logins = Set<String>()
        for _ in 0..<max(1, userCount) {
            users.append(makeUser(&random, takenLogins: &logins))
        }
        makeAdministration(&random)
    }

    /// Invented company names for org subdomains.
    static let companyNames = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "contoso", "wayne", "stark"]

    private func makeUser(_ random: inout SeededRandom, takenLogins: inout Set<String>) -> OrgUser {
        let first = random.pick(PersonNames.given), last = random.pick(PersonNames.family)
        var local = (first + "." + last).lowercased().filter { $0 != "'" }
        var suffix = 2
        while takenLogins.contains(local) {
            local = (first + "." + last).lowercased().filter { $0 != "'" } + String(suffix)
            suffix += 1
        }
        takenLogins.insert(local)
        let home = City.homes[random.weighted(City.homeWeights)]
        let network = random.pick(Network.serving(home.countryCode))
        let status = Self.drawStatus(&random)
        let devices = makeDevices(&random)
        let factors = makeFactors(&random, devices: devices)
        let department = random.below(PersonNames.departments.count)
        let start = random.int(7...10)
        let apps = (2..<self.apps.count).filter { _ in random.chance(0.45) }
        return OrgUser(
            id: random.oktaId("00u", cell: cell), login: local + "@" + subdomain.split(separator: "-")[0] + ".com",
            firstName: first, lastName: last, status: status, department: department, home: home,
            homeNetwork: network, homeIP: network.address(&random), devices: devices, factors: factors,
            schedule: WorkSchedule(utcOffset: home.utcOffset, startHour: start, endHour: start + random.int(8...10),
                                   worksWeekends: random.chance(0.1)),
            groups: [department, groups.count - 1], apps: [0] + apps)
    }

    /// Most users are active; a real org always has some in every other state.
    private static func drawStatus(_ random: inout SeededRandom) -> UserStatus {
        let statuses: [UserStatus] = [.active, .passwordExpired, .lockedOut, .suspended, .deprovisioned, .staged, .provisioned, .recovery]
        return statuses[random.weighted([88, 2, 1, 2, 4, 1.5, 1, 0.5])]
    }

    private func makeDevices(_ random: inout SeededRandom) -> [OrgDevice] {
        // Most people also sign in from a phone; some have a second computer.
        var agents = [random.pick(UserAgent.computers)]
        if random.chance(0.9) { agents.append(random.pick(UserAgent.phones)) }
        if random.chance(0.2) { agents.append(random.pick(UserAgent.computers)) }
        return agents.map { agent in
            OrgDevice(id: random.oktaId("guo", cell: cell), name: agent.models.isEmpty ? "Unknown" : random.pick(agent.models),
                      userAgent: agent, dtHash: random.hex(64), fingerprint: random.hex(32),
                      managed: agent.device == "Computer" && random.chance(0.7), registered: !agent.platform.isEmpty)
        }
    }

    private func makeFactors(_ random: inout SeededRandom, devices: [OrgDevice]) -> [OrgFactor] {
        let phone = devices.first { $0.userAgent.device == "Mobile" }
        var factors = [OrgFactor]()
        if random.chance(0.85) {
            factors.append(OrgFactor(id: random.oktaId("opf", cell: cell), type: .push, deviceId: (phone ?? devices[0]).id))
            factors.append(OrgFactor(id: random.oktaId("pfd", cell: cell), type: .signedNonce, deviceId: devices.first?.id))
        }
        if factors.isEmpty || random.chance(0.25) {
            factors.append(OrgFactor(id: random.oktaId("ost", cell: cell), type: .totp, deviceId: nil))
        }
        if random.chance(0.3) { factors.append(OrgFactor(id: random.oktaId("mbl", cell: cell), type: .sms, deviceId: nil)) }
        if random.chance(0.2) { factors.append(OrgFactor(id: random.oktaId("fwf", cell: cell), type: .webauthn, deviceId: nil)) }
        factors.append(OrgFactor(id: random.oktaId("eml", cell: cell), type: .email, deviceId: nil))
        return factors
    }
}
