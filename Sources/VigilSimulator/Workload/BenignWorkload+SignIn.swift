import VigilEvent

/// Sign-ins and app access: the bulk of a real org's System Log.
extension BenignWorkload {
    /// Where the user is now: abroad on a trip, at the office (those who live in the headquarters' city, in working
    /// hours), or at home (a phone is sometimes on its carrier's network).
    mutating func currentPlace(of u: Int, device: OrgDevice, at t: Int64) -> Place {
        let user = org.users[u]
        if let trip = activity[u].trip {
            // The trip lasts until its end and until the user could have flown home since last seen abroad,
            // so the return is as plausible as the departure.
            let flightHome = Int64((trip.city.distance(to: user.home) / 900 + 2) * 3_600_000)
            if activity[u].tripUntil > t || t - activity[u].lastSeen < flightHome { return trip }
            activity[u].trip = nil
        }
        if device.userAgent.device == "Computer", user.home == org.office.city, user.schedule.isWorking(atMillis: t),
           random.chance(0.5) {
            return org.office
        }
        if device.userAgent.device == "Mobile", random.chance(0.4),
           let carrier = Network.serving(user.home.countryCode).first(where: { $0.kind == .mobile }) {
            var stable = SeededRandom(seed: UInt64(truncatingIfNeeded: user.id.hashValueStable))
            return Place(ip: carrier.address(&stable), city: user.home, network: carrier)
        }
        return Place(ip: user.homeIP, city: user.home, network: user.homeNetwork)
    }

    /// A full Identity Engine sign-in: policy, password (sometimes mistyped first), MFA, session, then a few
    /// apps, and sometimes a sign-out.
    mutating func signIn(user u: Int, at t0: Int64, behaviors: Behaviors = .familiar, risk: String = "LOW") {
        let user = org.users[u]
        let deviceIndex = random.chance(0.75) ? 0 : random.below(user.devices.count)
        let device = user.devices[deviceIndex]
        var behaviors = behaviors
        if behaviors == .familiar, random.chance(0.04) { behaviors.newIP = true }
        let place = currentPlace(of: u, device: device, at: t0)
        let context = SignInContext(actor: EventActor(user), origin: Origin(device: device, place: place, zone: org.zone(of: place)),
                                    sessionId: factory.newSessionId(), behaviors: behaviors, risk: risk)
        var t = t0
        pending.schedule(at: t) { $0.evaluateSignOn(context, at: Timestamp(millis: t0)) }
        t += Int64(random.int(1_500...9_000))
        if random.chance(0.05) {
            // A typo: the password is rejected, the sign-in fails, and the user tries again.
            let typo = t
            pending.schedule(at: typo) { $0.verifyPassword(context, at: Timestamp(millis: typo), outcome: .invalidCredentials, user: user) }
            pending.schedule(at: typo + 40) { $0.sessionStart(context, at: Timestamp(millis: typo + 40), outcome: .invalidCredentials) }
            t += Int64(random.int(4_000...20_000))
        }
        let verified = t
        pending.schedule(at: verified) { $0.verifyPassword(context, at: Timestamp(millis: verified), user: user) }
        let factor = user.preferredFactor
        if let factor {
            if factor.type == .push {
                let sent = t + Int64(random.int(300...1_500))
                pending.schedule(at: sent) { $0.pushSent(context, at: Timestamp(millis: sent), user: user, factor: factor) }
                t = sent + Int64(random.int(3_000...15_000))
            } else {
                t += Int64(random.int(2_000...12_000))
            }
            let answered = t
            pending.schedule(at: answered) { $0.authViaMFA(context, at: Timestamp(millis: answered), factor: factor) }
        }
        t += Int64(random.int(200...900))
        let started = t
        pending.schedule(at: started) { $0.sessionStart(context, at: Timestamp(millis: started), factor: factor) }
        activity[u].session = context
        activity[u].sessionDevice = deviceIndex
        activity[u].sessionUntil = t + 8 * 3_600_000
        let end = openApps(user: u, context: context, from: t, count: random.int(1...3))
        activity[u].lastSeen = end
        if random.chance(0.25) {
            let out = end + Int64(random.int(60_000...3_600_000))
            pending.schedule(at: out) { $0.sessionEnd(context, at: Timestamp(millis: out), user: user) }
            activity[u].sessionUntil = out
            activity[u].lastSeen = out
        }
    }

    /// SSO into apps from an open session; signs in first when the session has expired.
    mutating func appAccess(user u: Int, at t: Int64) {
        guard let context = activity[u].session, activity[u].sessionUntil > t else {
            return signIn(user: u, at: t)
        }
        // Scheduled events count as seen: a later trip must start after the last of them.
        activity[u].lastSeen = Swift.max(activity[u].lastSeen, openApps(user: u, context: context, from: t, count: random.int(1...3)))
    }

    /// Opens `count` of the user's apps, minutes apart; returns the time of the last event.
    mutating func openApps(user u: Int, context: SignInContext, from start: Int64, count: Int) -> Int64 {
        let user = org.users[u]
        let assigned = user.apps.filter { org.apps[$0].template.popularity > 0 }
        guard !assigned.isEmpty else { return start }
        var t = start
        for _ in 0..<count {
            t += Int64(random.exponential(mean: 240_000)) + 2_000
            let app = org.apps[assigned[random.weighted(assigned.map { org.apps[$0].template.popularity })]]
            let at = t
            if app.template.signOn == .oidc {
                pending.schedule(at: at) { $0.authorize(context, at: Timestamp(millis: at), user: user, app: app) }
                pending.schedule(at: at + 350) {
                    $0.tokenGrant(context, at: Timestamp(millis: at + 350), subject: user, app: app, grantType: "authorization_code")
                }
            }
            pending.schedule(at: at + 400) { $0.sso(context, at: Timestamp(millis: at + 400), user: user, app: app) }
        }
        return t
    }
}
