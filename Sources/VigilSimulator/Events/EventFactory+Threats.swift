import VigilEvent

/// Events Okta raises about suspicious requests and sessions, and about users reporting them.
extension EventFactory {
    /// `security.threat.detected`: ThreatInsight judged the request's IP malicious (the actor is whoever the
    /// request claimed to be).
    public mutating func threatDetected(_ c: SignInContext, at t: Timestamp, detection: String,
                                        outcome: EventOutcome = EventOutcome("DENY", reason: "Password Spray")) -> [UInt8] {
        var d = LogEventDraft(kind: .threatDetected, published: t, context: c)
        d.outcome = outcome
        d.severity = "WARN"
        d.threatSuspected = true
        d.risk = "HIGH"
        d.debugExtra = [("threatDetections", "{\"\(detection)\":\"ip_address\"}")]
        return render(d)
    }

    /// `user.session.context.change`: a session is being used from a context different from where it began.
    public mutating func sessionContextChange(_ c: SignInContext, at t: Timestamp, user: OrgUser, from original: Origin) -> [UInt8] {
        var d = LogEventDraft(kind: .sessionContextChange, published: t, context: c)
        d.severity = "WARN"
        d.targets = [target(user)]
        d.debugExtra = [("originalIpAddress", original.place.ip), ("changedContext", "IP,ASN,USER_AGENT,COUNTRY")]
        return render(d)
    }

    /// `user.account.report_suspicious_activity_by_enduser`: the user said "this wasn't me".
    public mutating func reportSuspicious(_ c: SignInContext, at t: Timestamp, user: OrgUser, reported: String) -> [UInt8] {
        var d = LogEventDraft(kind: .reportSuspicious, published: t, context: c)
        d.severity = "WARN"
        d.targets = [target(user)]
        d.debugExtra = [("suspiciousActivityEventType", reported)]
        return render(d)
    }

    /// `user.authentication.auth_via_IDP`: a user came in through an external identity provider.
    public mutating func authViaIDP(_ c: SignInContext, at t: Timestamp, user: OrgUser, idp: OrgIntegration) -> [UInt8] {
        var d = LogEventDraft(kind: .authViaIDP, published: t, context: c)
        d.authenticationProvider = "FEDERATION"
        d.credentialType = "ASSERTION"
        d.targets = [target(user), EventTarget(id: idp.id, type: "IdentityProvider", alternateId: idp.name, displayName: idp.name,
                                                    detailEntry: [("type", idp.kind)])]
        return render(d)
    }

    /// `user.session.access_admin_app`: the user opened the Okta Admin Console.
    public mutating func accessAdminApp(_ c: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        var d = LogEventDraft(kind: .accessAdminApp, published: t, context: c)
        d.targets = [target(user), target(org.app(labelled: "Okta Admin Console") ?? org.apps[1])]
        return render(d)
    }
}
