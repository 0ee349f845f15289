import Foundation
import NIOHTTP1

extension OktaClient {
    /// Performs a response action on a user. Throws `OktaAPIError` with Okta's reason when Okta refuses (for
    /// example suspending a user who is not `ACTIVE`).
    public func perform(_ action: UserAction, onUser userID: String) async throws {
        let call = action.call
        let target = url("/api/v1/users/\(Self.segment(userID))\(call.path)", call.query)
        logger.notice("performing Okta response action", metadata: ["action": "\(action)", "user": "\(userID)"])
        try await self.call(OktaRequest(method: HTTPMethod(rawValue: call.method), url: target))
    }
}
