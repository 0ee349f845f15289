import Foundation
import Hummingbird
import VigilEvent
import VigilStore

extension WebApplication {
    /// `/login` (form and post) and `/logout`. Login failures say only that the name or password is wrong.
    func addSessionRoutes(to router: Router<WebRequestContext>) {
        router.get("/login") { request, _ in
            let token = SecretToken.generate()
            var response = views.page("login", title: "Sign in", nav: "", identity: nil,
                                      model: LoginModel(csrf: token, next: Self.safeNext(FormData(encoded: request.uri.query ?? "")["next"]), error: nil))
            response.setCookie(SessionCookie.make(SessionCookie.loginName, value: token, maxAge: 3600, request: request, configuration: configuration))
            return response
        }
        router.post("/login") { request, context in
            var request = request
            let form = FormData(encoded: String(buffer: try await request.collectBody(upTo: 64 * 1024)))
            let next = Self.safeNext(form["next"])
            guard let expected = request.cookies[SessionCookie.loginName]?.value,
                  SecretToken.constantTimeEquals(form["_csrf"] ?? "", expected) else {
                return errorResponse(WebError(.forbidden, "the sign-in form expired or came from elsewhere: reload it and try again"), .page, nil)
            }
            let username = form.nonEmpty("username") ?? ""
            let address = clientAddress(request, context)
            let now = loginThrottle.clock()
            if let wait = loginThrottle.wait(username: username, address: address, now: now) {
                try store.recordAudit(AuditEntry(actor: username.isEmpty ? "-" : username, action: "session.login_throttled",
                                                 target: "account:\(username)", detail: "from=\(address)"))
                let seconds = Int(wait.rounded(.up))
                var response = errorResponse(WebError(.tooManyRequests, "too many failed sign-ins from your address: wait \(seconds) s and try again"), .page, nil)
                response.headers[.retryAfter] = "\(seconds)"
                return response
            }
            guard let account = try store.account(username: username), !account.disabled,
                  Passwords.verify(form["password"] ?? "", against: account) else {
                loginThrottle.recordFailure(username: username, address: address, now: now)
                try store.recordAudit(AuditEntry(actor: username.isEmpty ? "-" : username, action: "session.login_failed",
                                                 target: "account:\(username)", detail: "from=\(address)"))
                var response = views.page("login", title: "Sign in", nav: "", identity: nil,
                                          model: LoginModel(csrf: expected, next: next, error: "Wrong username or password."), status: .unauthorized)
                response.headers[.cacheControl] = "no-store"
                return response
            }
            loginThrottle.recordSuccess(username: username, address: address)
            let token = SecretToken.generate()
            try store.createSession(tokenHash: SecretToken.hash(token), accountId: account.id, csrfToken: SecretToken.generate(),
                                    expires: Timestamp.now().adding(seconds: Double(configuration.sessionSeconds)))
            try store.recordAudit(AuditEntry(actor: account.username, action: "session.login", target: "account:\(account.username)"))
            var response = Response.redirect(to: next)
            response.setCookie(SessionCookie.make(SessionCookie.name, value: token, maxAge: configuration.sessionSeconds, request: request, configuration: configuration))
            response.setCookie(SessionCookie.clear(SessionCookie.loginName, request: request, configuration: configuration))
            return response.withSecurityHeaders()
        }
        add(router, .post, "/logout", .page, role: .viewer) { call in
            if case .session(_, let hash) = call.identity.method { try store.deleteSession(tokenHash: hash) }
            try call.audit(store, "session.logout", target: "account:\(call.identity.username)")
            var response = Response.redirect(to: "/login")
            response.setCookie(SessionCookie.clear(SessionCookie.name, request: call.request, configuration: configuration))
            return response
        }
    }

    /// The caller's address for throttling: the connection's peer, or behind a trusted proxy the address it
    /// appended to `X-Forwarded-For` (the last entry; earlier ones are whatever the client claimed).
    func clientAddress(_ request: Request, _ context: WebRequestContext) -> String {
        if configuration.trustForwardedFor, let forwarded = request.headers[.xForwardedFor],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.peerAddress ?? "unknown"
    }

    /// Only local paths: a `next` pointing elsewhere would make the login page an open redirect.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }

    struct LoginModel {
        var csrf: String
        var next: String
        var error: String?
    }
}
