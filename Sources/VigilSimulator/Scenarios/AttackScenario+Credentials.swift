import VigilEvent

/// Attacks on passwords and MFA prompts.
extension AttackScenario {
    public static let mfaPushBombing = AttackScenario(
        name: "mfa-push-bombing",
        summary: "An attacker with a user's password sends Okta Verify pushes until the tired user accepts one.",
        expectedDetections: ["MFA push bombing: many denied pushes for one user, then an accepted push"]
    ) { stage in
        let (u, user, factor) = stage.pushVictim()
        let c = stage.attacker(stage.infrastructure(Network.anonymizers), actor: EventActor(user), home: user.home,
                               agent: UserAgent.computers[2])
        var t = stage.start
        stage.emit(at: t) { $0.evaluateSignOn(c, at: $1) }
        stage.emit(at: t + 500) { $0.verifyPassword(c, at: $1, user: user) }
        for _ in 0..<stage.random.int(7...11) {
            t += 15_000 + stage.jitter(0...20_000)
            stage.emit(at: t) { $0.pushSent(c, at: $1, user: user, factor: factor) }
            stage.emit(at: t + stage.jitter(3_000...12_000)) {
                $0.authViaMFA(c, at: $1, factor: factor, outcome: EventOutcome("FAILURE", reason: "INVALID_CREDENTIALS"))
            }
        }
        t += 40_000
        stage.emit(at: t) { $0.pushSent(c, at: $1, user: user, factor: factor) }
        stage.emit(at: t + 6_000) { $0.authViaMFA(c, at: $1, factor: factor) }
        stage.emit(at: t + 6_400) { $0.sessionStart(c, at: $1, factor: factor) }
    }

    public static let passwordSpraySingleIP = AttackScenario(
        name: "password-spray-single-ip",
        summary: "One hosting-provider IP tries a common password against dozens of users in minutes.",
        expectedDetections: ["Password spray: many distinct users failing from one IP"]
    ) { stage in
        let c = stage.attacker(stage.infrastructure(), actor: .unknownUser(login: "spray"))
        var t = stage.start
        for u in stage.users(30) {
            t += stage.jitter(2_000...15_000)
            stage.failedPassword(stage.sameClient(c, as: u), user: u, at: t)
        }
    }

    public static let passwordSprayDistributed = AttackScenario(
        name: "password-spray-distributed",
        summary: "A botnet of hosting and proxy IPs sprays the org, one or two attempts per IP, one user agent.",
        expectedDetections: ["Distributed password spray: many users failing from many IPs with the same user agent"]
    ) { stage in
        let agent = UserAgent.scripts[3]
        var t = stage.start
        for u in stage.users(40) {
            t += stage.jitter(1_000...9_000)
            let place = stage.infrastructure(Network.hosting + Network.anonymizers)
            let c = stage.attacker(place, actor: EventActor(stage.org.users[u]), home: stage.org.users[u].home, agent: agent)
            stage.failedPassword(c, user: u, at: t)
        }
    }

    public static let bruteForceLockout = AttackScenario(
        name: "brute-force-lockout",
        summary: "One IP guesses one user's password until Okta locks the account.",
        expectedDetections: ["Brute force against one user", "Account locked out"]
    ) { stage in
        let u = stage.victim()
        let user = stage.org.users[u]
        let c = stage.attacker(stage.infrastructure(), actor: EventActor(user), home: user.home)
        var t = stage.start
        for _ in 0..<10 {
            t += stage.jitter(4_000...12_000)
            stage.failedPassword(c, user: u, at: t)
        }
        stage.emit(at: t + 500) { $0.accountLock(c, at: $1, user: user) }
    }

    public static let credentialStuffing = AttackScenario(
        name: "credential-stuffing",
        summary: "Leaked credentials for mostly unknown logins are replayed from many IPs; ThreatInsight flags them.",
        expectedDetections: ["Credential stuffing: failures for unknown users", "Okta ThreatInsight detection (security.threat.detected)"]
    ) { stage in
        let domain = stage.org.users[0].login.split(separator: "@").last.map(String.init) ?? "example.com"
        let places = (0..<8).map { _ in stage.infrastructure(Network.hosting + Network.anonymizers) }
        var t = stage.start
        for i in 0..<45 {
            t += stage.jitter(500...4_000)
            let place = places[i % places.count]
            let login = stage.random.pick(PersonNames.given).lowercased() + String(stage.random.int(1...999)) + "@" + domain
            let c = stage.attacker(place, actor: .unknownUser(login: login), agent: UserAgent.scripts[0])
            stage.failedPassword(c, user: nil, at: t)
            if i % 5 == 4 {
                stage.emit(at: t + 600) {
                    $0.threatDetected(c, at: $1, detection: "Login failures with high unknown users count",
                                      outcome: EventOutcome("DENY", reason: "Credential stuffing"))
                }
            }
        }
    }

    public static let loginAfterSpray = AttackScenario(
        name: "login-after-spray",
        summary: "A password spray from one IP finds a weak password: the same IP then signs in successfully.",
        expectedDetections: ["Password spray: many distinct users failing from one IP",
                             "Successful sign-in from an IP that just sprayed passwords"]
    ) { stage in
        let c = stage.attacker(stage.infrastructure(), actor: .unknownUser(login: "spray"))
        let targets = stage.users(20)
        var t = stage.start
        for u in targets.dropLast() {
            t += stage.jitter(2_000...10_000)
            stage.failedPassword(stage.sameClient(c, as: u), user: u, at: t)
        }
        stage.acceptedPassword(stage.sameClient(c, as: targets.last!), user: targets.last!, at: t + 8_000)
    }
}
