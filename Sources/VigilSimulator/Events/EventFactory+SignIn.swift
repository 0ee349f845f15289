import VigilEvent

/// The events of an Identity Engine sign-in: policy evaluation, identification with a password, MFA, session.
extension EventFactory {
    /// `policy.evaluate_sign_on`: the access policy decided what the sign-in must present.
    public mutating func evaluateSignOn(_ c: SignInContext, at t: Timestamp, outcome: EventOutcome = .allow,
                                        app: OrgApp? = nil) -> [UInt8] {
        var d = LogEventDraft(kind: .evaluateSignOn, published: t, context: c)
        d.outcome = outcome
        let app = app ?? org.apps[0]
        let policy = org.accessPolicy(for: app)
        let rule = policy.rules[0]
        d.targets = [
            EventTarget(id: rule.id, type: "Rule", alternateId: "unknown", displayName: rule.name),
            target(app),
            EventTarget(id: policy.id, type: "Policy", alternateId: "unknown", displayName: policy.name),
        ]
        d.debugExtra = [("factorMode", rule.factorMode)]
        return render(d)
    }

    /// `user.authentication.verify`: the password step.
    public mutating func verifyPassword(_ c: SignInContext, at t: Timestamp, outcome: EventOutcome = .success,
                                        user: OrgUser?) -> [UInt8] {
        var d = LogEventDraft(kind: .verify, published: t, context: c)
        d.outcome = outcome
        d.severity = outcome.isFailure ? "WARN" : "INFO"
        d.credentialType = "PASSWORD"
        d.targets = (user.map { [target($0)] } ?? []) + [target(nil as OrgFactor?)]
        return render(d)
    }

    /// `system.push.send_factor_verify_push`: Okta sent an Okta Verify push.
    public mutating func pushSent(_ c: SignInContext, at t: Timestamp, user: OrgUser, factor: OrgFactor) -> [UInt8] {
        var d = LogEventDraft(kind: .pushSent, published: t, context: c)
        d.targets = [target(user), target(factor)]
        return render(d)
    }

    /// `user.authentication.auth_via_mfa`: a factor was verified, or rejected (a denied push is a FAILURE with
    /// `INVALID_CREDENTIALS` in Identity Engine).
    public mutating func authViaMFA(_ c: SignInContext, at t: Timestamp, factor: OrgFactor,
                                    outcome: EventOutcome = .success) -> [UInt8] {
        var d = LogEventDraft(kind: .authViaMFA, published: t, context: c)
        d.outcome = outcome
        d.severity = outcome.isFailure ? "WARN" : "INFO"
        d.credentialType = factor.type.credentialType
        d.credentialProvider = factor.type.credentialProvider
        d.authenticationProvider = "FACTOR_PROVIDER"
        d.targets = [target(factor)]
        d.debugExtra = [("factor", factor.type.rawValue), ("factorIntent", "AUTHENTICATION")]
        return render(d)
    }

    /// `user.session.start`: the sign-in as a whole succeeded or failed.
    public mutating func sessionStart(_ c: SignInContext, at t: Timestamp, outcome: EventOutcome = .success,
                                      factor: OrgFactor? = nil, app: OrgApp? = nil) -> [UInt8] {
        var d = LogEventDraft(kind: .sessionStart, published: t, context: c)
        d.outcome = outcome
        d.severity = outcome.isFailure ? "WARN" : "INFO"
        d.authenticationProvider = "OKTA_AUTHENTICATION_PROVIDER"
        d.credentialType = "PASSWORD"
        d.interface = "Okta Sign-In Widget"
        d.targets = [target(factor), target(app ?? org.apps[0])]
        return render(d)
    }

    /// `user.session.end`: the user signed out.
    public mutating func sessionEnd(_ c: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        var d = LogEventDraft(kind: .sessionEnd, published: t, context: c)
        d.targets = [target(user)]
        return render(d)
    }

    /// `user.account.lock`: too many failed attempts locked the account.
    public mutating func accountLock(_ c: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        var d = LogEventDraft(kind: .accountLock, published: t, context: c)
        d.outcome = EventOutcome("FAILURE", reason: "LOCKED_OUT")
        d.severity = "WARN"
        d.targets = [target(user)]
        return render(d)
    }
}
