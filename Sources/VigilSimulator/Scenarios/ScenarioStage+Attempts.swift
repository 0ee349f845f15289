import VigilEvent

/// The building blocks scripts repeat: failed and successful password sign-ins, and a full legitimate sign-in.
extension ScenarioStage {
    /// A rejected password: `user.authentication.verify` and `user.session.start` both FAILURE with
    /// `INVALID_CREDENTIALS` (for an unknown login, the user is nil and the actor `unknown`).
    public mutating func failedPassword(_ c: SignInContext, user: Int?, at t: Int64) {
        let subject = user.map { org.users[$0] }
        emit(at: t) { $0.evaluateSignOn(c, at: $1) }
        emit(at: t + 350) { $0.verifyPassword(c, at: $1, outcome: .invalidCredentials, user: subject) }
        emit(at: t + 380) { $0.sessionStart(c, at: $1, outcome: .invalidCredentials) }
    }

    /// A password accepted and a session started without MFA (the org's policy was weak enough, or MFA was
    /// satisfied another way); returns the time of the last event.
    @discardableResult
    public mutating func acceptedPassword(_ c: SignInContext, user u: Int, at t: Int64) -> Int64 {
        let user = org.users[u]
        emit(at: t) { $0.evaluateSignOn(c, at: $1) }
        emit(at: t + 400) { $0.verifyPassword(c, at: $1, user: user) }
        emit(at: t + 900) { $0.sessionStart(c, at: $1) }
        return t + 900
    }

    /// A complete legitimate sign-in with the user's preferred factor; returns the time of the last event.
    @discardableResult
    public mutating func legitimateSignIn(_ c: SignInContext, user u: Int, at t: Int64) -> Int64 {
        let user = org.users[u]
        emit(at: t) { $0.evaluateSignOn(c, at: $1) }
        emit(at: t + 3_000) { $0.verifyPassword(c, at: $1, user: user) }
        guard let factor = user.preferredFactor else {
            emit(at: t + 3_600) { $0.sessionStart(c, at: $1) }
            return t + 3_600
        }
        if factor.type == .push { emit(at: t + 3_800) { $0.pushSent(c, at: $1, user: user, factor: factor) } }
        emit(at: t + 9_000) { $0.authViaMFA(c, at: $1, factor: factor) }
        emit(at: t + 9_500) { $0.sessionStart(c, at: $1, factor: factor) }
        return t + 9_500
    }
}

extension ScenarioStage {
    /// An admin signing in from home and opening the Admin Console, as every configuration change starts;
    /// returns the admin, their session and the time they reach the console.
    public mutating func adminAtConsole(_ role: AdminRoleAssignment.Role = .superAdmin) -> (admin: Int, context: SignInContext, at: Int64) {
        let a = admin(role)
        let c = homeContext(a)
        let user = org.users[a]
        let t = legitimateSignIn(c, user: a, at: start) + 5_000
        openAdminConsole(c, user: user, at: t)
        return (a, c, t)
    }

    /// The Admin Console's own authentication policy is evaluated, then the console opens.
    public mutating func openAdminConsole(_ c: SignInContext, user: OrgUser, at t: Int64) {
        let console = org.app(labelled: "Okta Admin Console") ?? org.apps[0]
        emit(at: t - 600) { $0.evaluateSignOn(c, at: $1, app: console) }
        emit(at: t) { $0.accessAdminApp(c, at: $1, user: user) }
    }
}
