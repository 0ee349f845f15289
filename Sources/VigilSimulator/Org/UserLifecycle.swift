/// A lifecycle operation an admin or a responder applies to a user through the Users API.
public enum UserLifecycle: String, Sendable, CaseIterable {
    case suspend, unsuspend, deactivate, unlock
    case resetFactors = "reset_factors"
    case expirePassword = "expire_password"
    case clearSessions = "clear_sessions"

    /// Why an operation does not apply to a user in its current status (Okta answers 400 E0000001).
    public struct NotAllowed: Error, Sendable, Equatable {
        public let reason: String
    }

    /// The status the user ends in, or why the operation does not apply from `status`.
    func transition(from status: UserStatus) -> Result<UserStatus, NotAllowed> {
        switch self {
        case .suspend:
            status == .active ? .success(.suspended) : .failure(NotAllowed(reason: "Cannot suspend a user that is not active"))
        case .unsuspend:
            status == .suspended ? .success(.active) : .failure(NotAllowed(reason: "Cannot unsuspend a user that is not suspended"))
        case .deactivate:
            status != .deprovisioned ? .success(.deprovisioned) : .failure(NotAllowed(reason: "The user is already deactivated"))
        case .unlock:
            status == .lockedOut ? .success(.active) : .failure(NotAllowed(reason: "Cannot unlock a user that is not locked out"))
        case .expirePassword:
            status.canSignIn ? .success(.passwordExpired) : .failure(NotAllowed(reason: "Cannot expire the password of a user that is not active"))
        case .resetFactors, .clearSessions:
            status != .deprovisioned ? .success(status) : .failure(NotAllowed(reason: "The user is deactivated"))
        }
    }

    /// The System Log event type Okta writes for it.
    public var eventKind: EventKind {
        switch self {
        case .suspend: .userSuspend
        case .unsuspend: .userUnsuspend
        case .deactivate: .userDeactivate
        case .unlock: .unlockByAdmin
        case .resetFactors: .factorResetAll
        case .expirePassword: .expirePassword
        case .clearSessions: .sessionClear
        }
    }
}
