import Foundation
import Hummingbird

/// Reads the `Authorization` header of a management API request: `SSWS <token>` (also `SSWS<token>`, as Okta's
/// Python SDK sends it) or `Bearer <access token>`, and checks the endpoint's scope.
struct SSWSAuthenticator: Sendable {
    let credentials: CredentialStore

    /// The principal the request acts as; 401 E0000011 without valid credentials, 403 E0000006 without `scope`.
    func authorize(_ request: Request, scope: String) async throws(OktaError) -> Principal {
        guard let header = request.headers[.authorization] else { throw OktaError.invalidToken }
        let principal: Principal?
        if header.hasPrefix("SSWS") {
            let token = header.dropFirst("SSWS".count).trimmingCharacters(in: .whitespaces)
            principal = await credentials.apiToken(token)
        } else if header.lowercased().hasPrefix("bearer ") {
            principal = await credentials.accessToken(String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
        } else {
            principal = nil
        }
        guard let principal else { throw OktaError.invalidToken }
        guard principal.allows(scope) else { throw OktaError.forbidden(scope: scope) }
        return principal
    }
}
