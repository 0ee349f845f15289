/// Event types that matter mostly for attacks and admin tampering. Where Okta's display message could not be
/// checked against a real event, the catalog's description (`shared/okta/event-types.json`) stands in for it.
extension EventKind {
    public static let sessionContextChange = EventKind("user.session.context.change", "User session context changed",
                                                       uri: "/app/generic/sso/saml")
    public static let reportSuspicious = EventKind("user.account.report_suspicious_activity_by_enduser", "User reported suspicious activity",
                                                   uri: "/api/v1/users/me/report-suspicious-activity")
    public static let privilegeGrant = EventKind("user.account.privilege.grant", "Grant user privilege",
                                                 legacy: "core.user.admin_privilege.granted", uri: "/api/v1/users/00u/roles")
    public static let apiTokenCreate = EventKind("system.api_token.create", "Create API token", legacy: "api.token.create",
                                                 uri: "/api/internal/tokens")
    public static let factorResetAll = EventKind("user.mfa.factor.reset_all", "Reset all factors for user",
                                                 legacy: "core.user.factor.reset_all", uri: "/api/v1/users/00u/lifecycle/reset_factors")
    public static let factorActivate = EventKind("user.mfa.factor.activate", "User set up factor",
                                                 legacy: "core.user.factor.activate", uri: "/idp/idx/credential/enroll")
    public static let deviceEnroll = EventKind("device.enrollment.create", "Enroll new device", uri: "/idp/authenticators/okta-verify/enroll")
    public static let idpCreate = EventKind("system.idp.lifecycle.create", "Identity provider created", uri: "/api/v1/idps")
    public static let idpActivate = EventKind("system.idp.lifecycle.activate", "Identity provider activated",
                                              uri: "/api/v1/idps/0oa/lifecycle/activate")
    public static let policyRuleUpdate = EventKind("policy.rule.update", "Update policy rule", uri: "/api/v1/policies/00p/rules/0pr")
    public static let policyDeactivate = EventKind("policy.lifecycle.deactivate", "Deactivate policy",
                                                   uri: "/api/v1/policies/00p/lifecycle/deactivate")
    public static let impersonationGrant = EventKind("user.session.impersonation.grant", "Enable impersonation grant",
                                                     legacy: "core.user.impersonation.grant.enabled", uri: "/api/internal/v1/impersonation/grant")
    public static let impersonationInitiate = EventKind("user.session.impersonation.initiate", "Initiate impersonation session",
                                                        legacy: "core.user.impersonation.session.initiated", uri: "/login/impersonate")
    public static let impersonationEnd = EventKind("user.session.impersonation.end", "End impersonation session",
                                                   legacy: "core.user.impersonation.session.ended", uri: "/login/signout")
    public static let logStreamDeactivate = EventKind("system.log_stream.lifecycle.deactivate", "Log stream deactivated",
                                                      uri: "/api/v1/logStreams/0oa/lifecycle/deactivate")
    public static let logStreamDelete = EventKind("system.log_stream.lifecycle.delete", "Log stream deleted", uri: "/api/v1/logStreams/0oa")
    public static let zoneDeactivate = EventKind("zone.deactivate", "Network zone deactivate", uri: "/api/v1/zones/nzo/lifecycle/deactivate")
    public static let zoneDelete = EventKind("zone.delete", "Network zone delete", uri: "/api/v1/zones/nzo")
}
