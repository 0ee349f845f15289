import VigilEvent

/// Attacks visible in where and how sessions are used.
extension AttackScenario {
    public static let sessionCookieReplay = AttackScenario(
        name: "session-cookie-replay",
        summary: "A session cookie stolen from a signed-in user is replayed from a hosting provider abroad by a script.",
        expectedDetections: ["Session hijacking: one session (externalSessionId, dtHash) used from another country, ASN and user agent"]
    ) { stage in
        let u = stage.victim()
        let user = stage.org.users[u]
        let victim = stage.homeContext(u)
        let signedIn = stage.legitimateSignIn(victim, user: u, at: stage.start)
        let app = stage.org.apps.first { $0.template.signOn == .saml && $0.template.popularity > 0 }!
        stage.emit(at: signedIn + 60_000) { $0.sso(victim, at: $1, user: user, app: app) }
        // The replay: the victim's session and browser fingerprint, the attacker's network and client.
        let abroad = City.datacenters.filter { $0.countryCode != user.home.countryCode }
        let hosting = Network.hosting[stage.random.below(Network.hosting.count)]
        let place = Place(ip: hosting.address(&stage.random), city: stage.random.pick(abroad), network: hosting)
        let origin = Origin(userAgent: UserAgent.scripts[0], place: place, dtHash: victim.origin.dtHash,
                            fingerprint: victim.origin.fingerprint, device: nil)
        let replay = SignInContext(actor: victim.actor, origin: origin, sessionId: victim.sessionId,
                                   behaviors: .relocated(from: user.home, to: place.city, newDevice: false, newIP: true, velocity: true),
                                   risk: "HIGH")
        var t = signedIn + 25 * 60_000
        stage.emit(at: t) { $0.sessionContextChange(replay, at: $1, user: user, from: victim.origin) }
        for app in stage.org.apps.filter({ $0.template.signOn == .saml }).prefix(4) {
            t += stage.jitter(2_000...6_000)
            stage.emit(at: t) { $0.sso(replay, at: $1, user: user, app: app) }
        }
    }

    public static let impossibleTravel = AttackScenario(
        name: "impossible-travel",
        summary: "A user signs in at home and, twenty minutes later, successfully from another continent.",
        expectedDetections: ["Impossible travel: two successful sign-ins too far apart for the time between them"]
    ) { stage in
        let u = stage.victim()
        let user = stage.org.users[u]
        let signedIn = stage.legitimateSignIn(stage.homeContext(u), user: u, at: stage.start)
        let far = City.homes.max { $0.distance(to: user.home) < $1.distance(to: user.home) }!
        let network = stage.random.pick(Network.serving(far.countryCode))
        let place = Place(ip: network.address(&stage.random), city: far, network: network)
        var c = stage.attacker(place, actor: EventActor(user), home: user.home, agent: user.devices[0].userAgent)
        c.behaviors.velocity = true
        stage.legitimateSignIn(c, user: u, at: signedIn + 20 * 60_000)
    }

    public static let adminConsoleViaProxy = AttackScenario(
        name: "admin-console-via-proxy",
        summary: "An admin account signs in through an anonymizing proxy from a new device and IP and opens the Admin Console.",
        expectedDetections: ["Admin Console access from a proxy with a new device and IP (behaviors POSITIVE)"]
    ) { stage in
        let a = stage.admin()
        let admin = stage.org.users[a]
        var c = stage.attacker(stage.infrastructure(Network.anonymizers), actor: EventActor(admin), home: admin.home,
                               agent: UserAgent.computers[0])
        c.behaviors.newDevice = true
        c.behaviors.newIP = true
        let signedIn = stage.legitimateSignIn(c, user: a, at: stage.start)
        stage.openAdminConsole(c, user: admin, at: signedIn + 4_000)
    }

    public static let userReportsSuspiciousActivity = AttackScenario(
        name: "user-reports-suspicious-activity",
        summary: "A user receives an unexpected MFA prompt from an unknown sign-in and reports it as suspicious.",
        expectedDetections: ["User reported suspicious activity"]
    ) { stage in
        let (u, user, factor) = stage.pushVictim()
        let c = stage.attacker(stage.infrastructure(), actor: EventActor(user), home: user.home, agent: UserAgent.computers[2])
        stage.emit(at: stage.start) { $0.evaluateSignOn(c, at: $1) }
        stage.emit(at: stage.start + 500) { $0.verifyPassword(c, at: $1, user: user) }
        stage.emit(at: stage.start + 1_000) { $0.pushSent(c, at: $1, user: user, factor: factor) }
        stage.emit(at: stage.start + 9_000) {
            $0.authViaMFA(c, at: $1, factor: factor, outcome: EventOutcome("FAILURE", reason: "INVALID_CREDENTIALS"))
        }
        let home = stage.homeContext(u)
        stage.emit(at: stage.start + 12_000) { $0.reportSuspicious(home, at: $1, user: user, reported: "system.push.send_factor_verify_push") }
    }
}
