import VigilEvent

/// An Okta session the workload holds open for a user.
public struct OpenSession: Sendable, Hashable {
    /// Index of the user in the org.
    public let user: Int
    /// `idx…`: the session id the System Log shows as `externalSessionId`.
    public let id: String
    public let ip: String
    public let expires: Timestamp
}

extension BenignWorkload {
    /// The sessions still open at `t` (signed in and not signed out or expired).
    public func openSessions(at t: Timestamp) -> [OpenSession] {
        activity.indices.compactMap { u in
            guard let session = activity[u].session, activity[u].sessionUntil > t.millis else { return nil }
            return OpenSession(user: u, id: session.sessionId, ip: session.origin.place.ip, expires: Timestamp(millis: activity[u].sessionUntil))
        }
    }

    /// Ends a user's sessions (an admin cleared them): their next activity starts with a fresh sign-in.
    public mutating func endSessions(ofUser u: Int) {
        guard activity.indices.contains(u) else { return }
        activity[u].session = nil
        activity[u].sessionUntil = .min
    }
}

extension SimulationStream {
    public func openSessions(at t: Timestamp) -> [OpenSession] { benign.openSessions(at: t) }

    public mutating func endSessions(ofUser u: Int) { benign.endSessions(ofUser: u) }
}

extension BenignWorkload {
    /// Starts or stops a user's own traffic after their status changed (suspended, deactivated, unlocked...).
    public mutating func setCanSignIn(_ canSignIn: Bool, user u: Int) {
        signInUsers.removeAll { $0 == u }
        if canSignIn { signInUsers.append(u) }
        if !canSignIn { endSessions(ofUser: u) }
    }
}

extension SimulationStream {
    public mutating func setCanSignIn(_ canSignIn: Bool, user u: Int) { benign.setCanSignIn(canSignIn, user: u) }
}
