import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    /// Registers a route that requires a signed-in caller with at least `role`, and for state-changing requests
    /// from a browser session, the session's CSRF token (`X-CSRF-Token` header or `_csrf` form field).
    func add(_ router: Router<WebRequestContext>, _ method: HTTPRequest.Method, _ path: String, _ kind: RouteKind,
             role: AccountRole, _ handler: @escaping @Sendable (WebCall) async throws -> Response) {
        router.on(RouterPath(path), method: method) { request, context in
            await self.respond(request, context, kind: kind, role: role, handler)
        }
    }

    private func respond(_ request: Request, _ context: WebRequestContext, kind: RouteKind, role: AccountRole,
                         _ handler: @Sendable (WebCall) async throws -> Response) async -> Response {
        var request = request
        var identity: WebIdentity?
        do {
            guard let caller = try authenticate(request) else {
                return kind == .api
                    ? errorResponse(WebError(.unauthorized, "sign in first: send 'Authorization: Bearer <API token>'"), kind, nil)
                    : .redirect(to: "/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_"))) ?? "/"))
            }
            identity = caller
            guard caller.role >= role else {
                throw WebError(.forbidden, "this needs the \(role.rawValue) role; '\(caller.username)' is \(caller.role.rawValue)")
            }
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let call = WebCall(request: request, context: context, identity: caller, body: body)
            if ![.get, .head].contains(request.method), case .session(let expected, _) = caller.method {
                let sent = request.headers[.csrfToken] ?? call.form["_csrf"] ?? ""
                guard SecretToken.constantTimeEquals(sent, expected) else {
                    throw WebError(.forbidden, "missing or wrong CSRF token: reload the page and try again")
                }
            }
            return try await handler(call).withSecurityHeaders()
        } catch let error as WebError {
            return errorResponse(error, kind, identity)
        } catch AlertTriageError.unknownAlert(let id) {
            return errorResponse(.notFound("no alert '\(id)'"), kind, identity)
        } catch {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return errorResponse(WebError(.internalServerError, "the server failed to handle this request; see its log"), kind, identity)
        }
    }

    /// Who is calling: an API token (`Authorization: Bearer`) or a session cookie.
    func authenticate(_ request: Request) throws -> WebIdentity? {
        if let authorization = request.headers[.authorization] {
            // A bad token is refused outright rather than falling back to a cookie.
            guard authorization.lowercased().hasPrefix("bearer ") else { return nil }
            let token = authorization.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
            return try store.account(apiTokenHash: SecretToken.hash(token)).map { WebIdentity(account: $0, method: .apiToken) }
        }
        guard let cookie = request.cookies[SessionCookie.name] else { return nil }
        let hash = SecretToken.hash(cookie.value)
        return try store.session(tokenHash: hash).map {
            WebIdentity(account: $0.account, method: .session(csrfToken: $0.csrfToken, tokenHash: hash))
        }
    }

    func errorResponse(_ error: WebError, _ kind: RouteKind, _ identity: WebIdentity?) -> Response {
        switch kind {
        case .api:
            var response = Response.json(error.json, status: error.status)
            if error.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"vigil\"" }
            return response.withSecurityHeaders()
        case .page:
            return views.page("error", title: "\(error.status.code) \(error.status.reasonPhrase)", nav: "", identity: identity,
                              model: ["message": error.message, "status": "\(error.status.code)"], status: error.status)
        }
    }
}

extension HTTPFields.Element.Name {
    static let csrfToken = Self("X-CSRF-Token")!
    static let forwardedProto = Self("X-Forwarded-Proto")!
    static let xForwardedFor = Self("X-Forwarded-For")!
}
