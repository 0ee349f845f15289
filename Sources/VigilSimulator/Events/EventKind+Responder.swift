/// Event types of the changes an API client (a responder, an integration) makes to the org: user lifecycle,
/// sessions, event hooks and log streams. Display messages follow the event-type catalog's descriptions.
extension EventKind {
    public static let userSuspend = EventKind("user.lifecycle.suspend", "Suspend Okta user", legacy: "core.user.config.user_suspended",
                                              uri: "/api/v1/users/00u/lifecycle/suspend")
    public static let userUnsuspend = EventKind("user.lifecycle.unsuspend", "Unsuspend Okta user",
                                                legacy: "core.user.config.user_unsuspended", uri: "/api/v1/users/00u/lifecycle/unsuspend")
    public static let userDeactivate = EventKind("user.lifecycle.deactivate", "Deactivate Okta user",
                                                 legacy: "core.user.config.user_deactivated", uri: "/api/v1/users/00u/lifecycle/deactivate")
    public static let unlockByAdmin = EventKind("user.account.unlock_by_admin", "Unlock user account by admin",
                                                legacy: "core.user.config.user_unlocked", uri: "/api/v1/users/00u/lifecycle/unlock")
    public static let expirePassword = EventKind("user.account.expire_password", "Expire password for user",
                                                 legacy: "core.user.config.password_expired", uri: "/api/v1/users/00u/lifecycle/expire_password")
    public static let sessionClear = EventKind("user.session.clear", "Clear user session", legacy: "core.user_auth.session_clear",
                                               uri: "/api/v1/users/00u/sessions")
    public static let eventHookCreated = EventKind("event_hook.created", "Event hook created", uri: "/api/v1/eventHooks")
    public static let eventHookUpdated = EventKind("event_hook.updated", "Event hook updated", uri: "/api/v1/eventHooks/who")
    public static let eventHookActivated = EventKind("event_hook.activated", "Event hook activated",
                                                     uri: "/api/v1/eventHooks/who/lifecycle/activate")
    public static let eventHookDeactivated = EventKind("event_hook.deactivated", "Event hook deactivated",
                                                       uri: "/api/v1/eventHooks/who/lifecycle/deactivate")
    public static let eventHookVerified = EventKind("event_hook.verified", "Event hook verified",
                                                    uri: "/api/v1/eventHooks/who/lifecycle/verify")
    public static let eventHookDeleted = EventKind("event_hook.deleted", "Event hook deleted", uri: "/api/v1/eventHooks/who")
    public static let eventHookDelivery = EventKind("event_hook.delivery", "Event hook delivery", uri: "/api/v1/eventHooks/who")
    public static let logStreamCreate = EventKind("system.log_stream.lifecycle.create", "Log stream created", uri: "/api/v1/logStreams")
    public static let logStreamActivate = EventKind("system.log_stream.lifecycle.activate", "Log stream activated",
                                                    uri: "/api/v1/logStreams/0oa/lifecycle/activate")
}
