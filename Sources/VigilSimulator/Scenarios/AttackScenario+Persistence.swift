import VigilEvent

/// Attacks that keep or widen access: roles, tokens, factors and identity providers.
extension AttackScenario {
    public static let superAdminGranted = AttackScenario(
        name: "super-admin-granted",
        summary: "An admin session grants the Super Administrator role to an ordinary user.",
        expectedDetections: ["Privilege escalation: Super Administrator granted to a user"]
    ) { stage in
        let (_, admin, t) = stage.adminAtConsole()
        let user = stage.org.users[stage.victim()]
        stage.emit(at: t + 30_000) { $0.privilegeGrant(admin, at: $1, user: user, role: .superAdmin) }
    }

    public static let apiTokenCreated = AttackScenario(
        name: "api-token-created",
        summary: "An admin session creates a new SSWS API token, a durable credential with the admin's privileges.",
        expectedDetections: ["Persistence: API token created"]
    ) { stage in
        let (a, admin, t) = stage.adminAtConsole()
        let token = OrgAPIToken(id: stage.random.oktaId("00T", cell: stage.org.cell), name: "backup-sync", owner: a)
        stage.emit(at: t + 20_000) { $0.apiTokenCreate(admin, at: $1, token: token) }
    }

    public static let factorResetThenEnroll = AttackScenario(
        name: "factor-reset-new-enrollment",
        summary: "A help-desk admin resets a user's factors; minutes later a new device enrolls Okta Verify from a new IP.",
        expectedDetections: ["MFA factors reset, then a new factor enrolled from a new device and IP"]
    ) { stage in
        let (_, admin, t0) = stage.adminAtConsole(.helpDeskAdmin)
        let u = stage.victim()
        let user = stage.org.users[u]
        stage.emit(at: t0 + 15_000) { $0.factorResetAll(admin, at: $1, user: user) }
        let phone = UserAgent.phones[1]
        let device = OrgDevice(id: stage.random.oktaId("guo", cell: stage.org.cell), name: phone.models[0], userAgent: phone,
                               dtHash: stage.random.hex(64), fingerprint: stage.random.hex(32), managed: false, registered: true)
        let place = stage.infrastructure(Network.anonymizers)
        let origin = Origin(device: device, place: place)
        let c = SignInContext(actor: EventActor(user), origin: origin, sessionId: stage.factory.newSessionId(),
                              behaviors: .relocated(from: user.home, to: place.city, newDevice: true, newIP: true, velocity: false),
                              risk: "HIGH")
        let t = stage.acceptedPassword(c, user: u, at: t0 + 8 * 60_000)
        let factor = OrgFactor(id: stage.random.oktaId("opf", cell: stage.org.cell), type: .push, deviceId: device.id)
        stage.emit(at: t + 20_000) { $0.deviceEnroll(c, at: $1, user: user, device: device) }
        stage.emit(at: t + 21_000) { $0.factorActivate(c, at: $1, user: user, factor: factor) }
    }

    public static let idpCreatedAndUsed = AttackScenario(
        name: "idp-created-and-used",
        summary: "An admin session adds a SAML identity provider, activates it, and a user signs in through it.",
        expectedDetections: ["Identity provider created", "Sign-in through a newly created identity provider"]
    ) { stage in
        let (_, admin, t) = stage.adminAtConsole()
        let idp = OrgIntegration(id: stage.random.oktaId("0oa", cell: stage.org.cell), name: "Partner SSO",
                                 category: .identityProvider, kind: "SAML2", endpoint: "https://sso.partner-idp.example/saml")
        stage.emit(at: t + 40_000) { $0.integrationChange(.idpCreate, admin, at: $1, integration: idp) }
        stage.emit(at: t + 45_000) { $0.integrationChange(.idpActivate, admin, at: $1, integration: idp) }
        let u = stage.victim()
        let user = stage.org.users[u]
        var c = stage.attacker(stage.infrastructure(), actor: EventActor(user), home: user.home, agent: UserAgent.computers[0])
        c.risk = "MEDIUM"
        stage.emit(at: t + 5 * 60_000) { $0.authViaIDP(c, at: $1, user: user, idp: idp) }
        stage.emit(at: t + 5 * 60_000 + 700) { $0.sessionStart(c, at: $1) }
    }

    public static let oktaSupportImpersonation = AttackScenario(
        name: "okta-support-impersonation",
        summary: "Okta Support access is granted and an impersonation session is started as an admin.",
        expectedDetections: ["Okta Support impersonation session started"]
    ) { stage in
        let (a, admin, t) = stage.adminAtConsole()
        let user = stage.org.users[a]
        stage.emit(at: t + 10_000) { $0.impersonation(.impersonationGrant, admin, at: $1, user: user) }
        let support = EventActor(id: stage.random.oktaId("00u", cell: stage.org.cell), type: "User",
                                 alternateId: "support@okta.com", displayName: "Okta Support")
        var c = stage.attacker(stage.infrastructure([Network.hosting[1]]), actor: support, agent: UserAgent.computers[0])
        c.risk = "MEDIUM"
        stage.emit(at: t + 30 * 60_000) { $0.impersonation(.impersonationInitiate, c, at: $1, user: user) }
        stage.emit(at: t + 52 * 60_000) { $0.impersonation(.impersonationEnd, c, at: $1, user: user) }
    }
}
