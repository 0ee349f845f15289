import Foundation
/// Fetches an Okta user's latest events from Okta now (rather than waiting for the next poll) and stores them.
public protocol UserDataRefresher: Sendable {
    /// `user` is an Okta user id or login. Throws `UserRefreshError` when Okta cannot be asked.
    func refresh(user: String) async throws -> UserRefreshResult
}

public struct UserRefreshResult: Sendable, Codable, Equatable {
    /// Events Okta returned.
    public var fetched: Int
    /// Of those, events the store did not have yet.
    public var stored: Int
    /// The user's status in Okta now (`ACTIVE`, `SUSPENDED`, ...), when Okta reported it.
    public var oktaStatus: String?

    public init(fetched: Int, stored: Int, oktaStatus: String? = nil) {
        self.fetched = fetched
        self.stored = stored
        self.oktaStatus = oktaStatus
    }
}

public struct UserRefreshError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
