/// The event types the simulator produces, with Okta's own display messages and legacy names.
extension EventKind {
    // Sign-in (Identity Engine flows go through /idp/idx/*).
    public static let evaluateSignOn = EventKind("policy.evaluate_sign_on", "Evaluation of sign-on policy", uri: "/idp/idx/introspect")
    public static let verify = EventKind("user.authentication.verify", "Verify user identity", uri: "/idp/idx/identify")
    public static let authViaMFA = EventKind("user.authentication.auth_via_mfa", "Authentication of user via MFA",
                                             legacy: "core.user.factor.attempt_success", legacyFailure: "core.user.factor.attempt_fail",
                                             uri: "/idp/idx/challenge/answer")
    public static let pushSent = EventKind("system.push.send_factor_verify_push", "A push notification has been sent for the user to verify",
                                           uri: "/idp/idx/authenticators/poll")
    public static let sessionStart = EventKind("user.session.start", "User login to Okta", legacy: "core.user_auth.login_success",
                                               legacyFailure: "core.user_auth.login_failed", uri: "/idp/idx/identify")
    public static let sessionEnd = EventKind("user.session.end", "User logout from Okta", legacy: "core.user_auth.logout_success",
                                             uri: "/login/signout")
    public static let accountLock = EventKind("user.account.lock", "Max sign in attempts exceeded", legacy: "core.user_auth.account_locked",
                                              uri: "/idp/idx/challenge/answer")
    public static let accessAdminApp = EventKind("user.session.access_admin_app", "User accessing Okta admin app",
                                                 legacy: "app.admin.sso.login.success", uri: "/admin/sso/callback")
    public static let authViaIDP = EventKind("user.authentication.auth_via_IDP", "Authenticate user via IDP",
                                             legacy: "core.user_auth.idp.saml.success", legacyFailure: "core.user_auth.idp.saml.failure",
                                             uri: "/sso/saml2/0oa")
    public static let threatDetected = EventKind("security.threat.detected", "Request from suspicious actor",
                                                 uri: "/api/v1/authn")

    // Apps.
    public static let sso = EventKind("user.authentication.sso", "User single sign on to app", legacy: "app.auth.sso",
                                      uri: "/app/generic/sso/saml")
    public static let authorize = EventKind("app.oauth2.as.authorize", "OAuth2 authorization request", uri: "/oauth2/v1/authorize")
    public static let tokenGrant = EventKind("app.oauth2.as.token.grant", "OAuth2 access token is granted", uri: "/oauth2/v1/token")

    // Self-service and lifecycle.
    public static let updatePassword = EventKind("user.account.update_password", "User update password for Okta",
                                                 legacy: "core.user.config.password_update.success",
                                                 legacyFailure: "core.user.config.password_update.failure", uri: "/idp/idx/challenge/answer")
    public static let userCreate = EventKind("user.lifecycle.create", "Create Okta user", legacy: "core.user.config.user_creation.success",
                                             uri: "/api/v1/users")
    public static let userActivate = EventKind("user.lifecycle.activate", "Activate Okta user", legacy: "core.user.config.user_activated",
                                               uri: "/api/v1/users/00u/lifecycle/activate")
    public static let groupMembershipAdd = EventKind("group.user_membership.add", "Add user to group membership",
                                                     legacy: "core.user_group_member.user_add", uri: "/api/v1/groups/00g/users/00u")
    public static let appMembershipAdd = EventKind("application.user_membership.add", "Add user to application membership",
                                                   legacy: "app.generic.provision.assign_user_to_app", uri: "/api/v1/apps/0oa/users")
}
