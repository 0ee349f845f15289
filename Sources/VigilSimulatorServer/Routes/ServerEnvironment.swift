import HTTPTypes
import Hummingbird

/// What every route needs: the org, the authenticator and the URL clients reach the server at.
struct ServerEnvironment: Sendable {
    let state: OrgState
    let auth: SSWSAuthenticator
    let baseURL: @Sendable () -> String
    let hookClient: EventHookClient

    /// Authorizes the request for `scope` and brings the org's clock up to date before it is read.
    func authorize(_ request: Request, _ scope: String) async throws -> Principal {
        let principal = try await auth.authorize(request, scope: scope)
        await state.advance()
        return principal
    }
}

/// The Link header values of a page: `self` first, then `next` when there is one.
enum LinkHeader {
    static func fields(baseURL: String, request: Request, nextQuery: String?) -> HTTPFields {
        var fields = HTTPFields()
        fields.append(HTTPField(name: .link, value: "<\(baseURL)\(request.uri.description)>; rel=\"self\""))
        if let nextQuery {
            fields.append(HTTPField(name: .link, value: "<\(baseURL)\(request.uri.path)?\(nextQuery)>; rel=\"next\""))
        }
        return fields
    }
}
