import VigilEvent

/// Account changes by the user themselves or by an admin.
extension EventFactory {
    /// `user.account.update_password`: the user changed their password.
    public mutating func updatePassword(_ c: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        var d = LogEventDraft(kind: .updatePassword, published: t, context: c)
        d.targets = [target(user)]
        return render(d)
    }

    /// `user.lifecycle.create`: an admin created a user.
    public mutating func userCreate(_ admin: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        adminAction(.userCreate, admin, at: t, targets: [target(user)])
    }

    /// `user.lifecycle.activate`: an admin activated a user.
    public mutating func userActivate(_ admin: SignInContext, at t: Timestamp, user: OrgUser) -> [UInt8] {
        adminAction(.userActivate, admin, at: t, targets: [target(user)])
    }

    /// `group.user_membership.add`: an admin added a user to a group.
    public mutating func groupMembershipAdd(_ admin: SignInContext, at t: Timestamp, user: OrgUser, group: OrgGroup) -> [UInt8] {
        adminAction(.groupMembershipAdd, admin, at: t, targets: [
            target(user), EventTarget(id: group.id, type: "UserGroup", alternateId: "unknown", displayName: group.name),
        ])
    }

    /// `application.user_membership.add`: an admin assigned an app to a user.
    public mutating func appMembershipAdd(_ admin: SignInContext, at t: Timestamp, user: OrgUser, app: OrgApp) -> [UInt8] {
        adminAction(.appMembershipAdd, admin, at: t, targets: [
            EventTarget(id: "0ua" + user.id.dropFirst(3), type: "AppUser", alternateId: user.login, displayName: user.displayName),
            target(app), target(user),
        ])
    }

    /// Any change an admin makes from the Admin Console: the admin's session, no MFA fields.
    mutating func adminAction(_ kind: EventKind, _ admin: SignInContext, at t: Timestamp, targets: [EventTarget],
                              outcome: EventOutcome = .success, extra: [(String, String)] = []) -> [UInt8] {
        var d = LogEventDraft(kind: kind, published: t, context: admin)
        d.outcome = outcome
        d.targets = targets
        d.debugExtra = extra
        return render(d)
    }
}
