import VigilEvent

/// Changes to the org's security configuration: roles, tokens, factors, IdPs, policies, zones, log streams.
extension EventFactory {
    /// `user.account.privilege.grant`: an admin role was given to a user.
    public mutating func privilegeGrant(_ admin: SignInContext, at t: Timestamp, user: OrgUser,
                                        role: AdminRoleAssignment.Role) -> [UInt8] {
        adminAction(.privilegeGrant, admin, at: t, targets: [target(user)],
                    extra: [("privilegeGranted", role.label), ("roleType", role.rawValue)])
    }

    /// `system.api_token.create`: a new SSWS token that acts with the creator's privileges.
    public mutating func apiTokenCreate(_ admin: SignInContext, at t: Timestamp, token: OrgAPIToken) -> [UInt8] {
        adminAction(.apiTokenCreate, admin, at: t,
                    targets: [EventTarget(id: token.id, type: "Token", alternateId: "unknown", displayName: token.name)])
    }

    /// `user.mfa.factor.reset_all`: an admin removed all of a user's factors.
    public mutating func factorResetAll(_ admin: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        adminAction(.factorResetAll, admin, at: t, targets: [target(user)])
    }

    /// `user.mfa.factor.activate`: the user enrolled a factor.
    public mutating func factorActivate(_ c: SignInContext, at t: Timestamp, user: OrgUser, factor: OrgFactor) -> [UInt8] {
        var d = LogEventDraft(kind: .factorActivate, published: t, context: c)
        d.targets = [target(user), target(factor)]
        d.debugExtra = [("factor", factor.type.rawValue), ("factorIntent", "ENROLLMENT")]
        return render(d)
    }

    /// `device.enrollment.create`: a device was registered with Okta Verify.
    public mutating func deviceEnroll(_ c: SignInContext, at t: Timestamp, user: OrgUser, device: OrgDevice) -> [UInt8] {
        var d = LogEventDraft(kind: .deviceEnroll, published: t, context: c)
        d.targets = [EventTarget(id: device.id, type: "Device", alternateId: device.name, displayName: device.name,
                                 detailEntry: [("platform", device.userAgent.platform)]), target(user)]
        return render(d)
    }

    /// Lifecycle of an integration (IdP, event hook, log stream) or a network zone: the same shape with a
    /// different event kind.
    public mutating func integrationChange(_ kind: EventKind, _ admin: SignInContext, at t: Timestamp,
                                           integration: OrgIntegration) -> [UInt8] {
        adminAction(kind, admin, at: t, targets: [
            EventTarget(id: integration.id, type: integration.category.rawValue, alternateId: integration.name,
                        displayName: integration.name, detailEntry: [("type", integration.kind)]),
        ])
    }

    /// `zone.deactivate` / `zone.delete`.
    public mutating func zoneChange(_ kind: EventKind, _ admin: SignInContext, at t: Timestamp, zone: OrgNetworkZone) -> [UInt8] {
        adminAction(kind, admin, at: t, targets: [
            EventTarget(id: zone.id, type: "NetworkZone", alternateId: zone.name, displayName: zone.name,
                        detailEntry: [("zoneType", zone.type), ("usage", zone.usage)]),
        ])
    }

    /// `policy.rule.update` with what changed (`target[].changeDetails`), e.g. two factors down to one.
    public mutating func policyRuleUpdate(_ admin: SignInContext, at t: Timestamp, policy: OrgPolicy, rule: OrgPolicy.Rule,
                                          from: [(String, String)], to: [(String, String)]) -> [UInt8] {
        adminAction(.policyRuleUpdate, admin, at: t, targets: [
            EventTarget(EventActor(id: rule.id, type: "PolicyRule", alternateId: "unknown", displayName: rule.name),
                        changeDetails: (from: from, to: to)),
            EventTarget(id: policy.id, type: "PolicyEntity", alternateId: "unknown", displayName: policy.name,
                        detailEntry: [("policyType", policy.kind.rawValue)]),
        ])
    }

    /// `policy.lifecycle.deactivate`.
    public mutating func policyDeactivate(_ admin: SignInContext, at t: Timestamp, policy: OrgPolicy) -> [UInt8] {
        adminAction(.policyDeactivate, admin, at: t, targets: [
            EventTarget(id: policy.id, type: "PolicyEntity", alternateId: "unknown", displayName: policy.name,
                        detailEntry: [("policyType", policy.kind.rawValue)]),
        ])
    }

    /// `user.session.impersonation.*`: Okta Support access, granted by an admin or used by Okta staff.
    public mutating func impersonation(_ kind: EventKind, _ c: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        var d = LogEventDraft(kind: kind, published: t, context: c)
        d.severity = "WARN"
        d.targets = [target(user)]
        return render(d)
    }
}
