import VigilEvent

/// Access to apps once signed in: SAML SSO and OAuth 2.0 / OIDC grants.
extension EventFactory {
    /// `user.authentication.sso`: the user opened an app from their Okta session.
    public mutating func sso(_ c: SignInContext, at t: Timestamp, user: OrgUser, app: OrgApp) -> [UInt8] {
        var d = appDraft(.sso, c, at: t)
        d.debugExtra = [("initiationType", "IDP_INITIATED"), ("signOnMode", app.template.signOn == .saml ? "SAML 2.0" : "OpenID Connect")]
        d.targets = [
            target(app),
            EventTarget(id: "0ua" + user.id.dropFirst(3), type: "AppUser", alternateId: user.login, displayName: user.displayName),
        ]
        return render(d)
    }

    /// `app.oauth2.as.authorize`: an OIDC app asked for an authorization code.
    public mutating func authorize(_ c: SignInContext, at t: Timestamp, user: OrgUser, app: OrgApp) -> [UInt8] {
        var d = appDraft(.authorize, c, at: t)
        d.clientId = app.id
        d.targets = [
            EventTarget(id: "ausdefault" + org.cell + "0000000", type: "AuthorizationServer", alternateId: "default",
                        displayName: "default"),
            EventTarget(id: "CODE" + random.token(12), type: "code", alternateId: "unknown", displayName: "Authorization Code",
                        detailEntry: [("subject", user.id), ("scopes", "openid profile email")]),
        ]
        d.debugExtra = [("grantedScopes", "openid profile email"), ("responseType", "code")]
        return render(d)
    }

    /// `app.oauth2.as.token.grant`: tokens were issued, to a user's app (`authorization_code`) or to a service
    /// (`client_credentials`, no user).
    public mutating func tokenGrant(_ c: SignInContext, at t: Timestamp, subject: OrgUser?, app: OrgApp,
                                    grantType: String) -> [UInt8] {
        var d = appDraft(.tokenGrant, c, at: t)
        d.clientId = app.id
        if subject == nil {
            d.actor = EventActor(id: app.id, type: "PublicClientApp", alternateId: app.id, displayName: app.label)
            d.sessionId = nil
        }
        d.targets = [
            EventTarget(id: "AT." + random.token(20, from: Alphabet.base64URL), type: "access_token", alternateId: "unknown",
                        displayName: "Access Token",
                        detailEntry: [("expires", t.adding(seconds: 3600).iso8601), ("subject", subject?.id ?? app.id),
                                      ("hash", random.token(22, from: Alphabet.base64URL))]),
        ]
        d.debugExtra = [("grantType", grantType), ("grantedScopes", subject == nil ? "okta.users.read" : "openid profile email")]
        return render(d)
    }

    /// App access events carry the session but not the sign-in's risk evaluation (Okta writes `behaviors` and
    /// `risk` on sign-in events only).
    private func appDraft(_ kind: EventKind, _ c: SignInContext, at t: Timestamp) -> LogEventDraft {
        var d = LogEventDraft(kind: kind, published: t, context: c)
        d.behaviors = nil
        d.risk = nil
        d.threatSuspected = nil
        return d
    }
}
