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
        router.post("/login") { request, _ in
            var request = request
            let form = FormData(encoded: String(buffer: try await request.collectBody(upTo: 64 * 1024)))
            let next = Self.safeNext(form["next"])
            guard let expected = request.cookies[SessionCookie.loginName]?.value,
                  SecretToken.constantTimeEquals(form["_csrf"] ?? "", expected) else {
                return errorResponse(WebError(.forbidden, "the sign-in form expired or came from elsewhere: reload it and try again"), .page, nil)
            }
            let username = form.nonEmpty("username") ?? ""
            if try recentFailedLogins(username) >= Self.loginAttemptsAllowed {
                try store.recordAudit(AuditEntry(actor: username, action: "session.login_throttled", target: "account:\(username)"))
                return errorResponse(WebError(.tooManyRequests, "too many failed sign-ins for '\(username)': wait 15 minutes and try again"), .page, nil)
            }
            guard let account = try store.account(username: username), !account.disabled,
                  Passwords.verify(form["password"] ?? "", against: account) else {
                try store.recordAudit(AuditEntry(actor: username.isEmpty ? "-" : username, action: "session.login_failed", target: "account:\(username)"))
                var response = views.page("login", title: "Sign in", nav: "", identity: nil,
                                          model: LoginModel(csrf: expected, next: next, error: "Wrong username or password."), status: .unauthorized)
                response.headers[.cacheControl] = "no-store"
                return response
            }
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

    /// Failed sign-ins allowed per username in `loginWindowSeconds` before further attempts are refused
    /// (bcrypt makes each guess slow; this caps how many an attacker gets).
    static let loginAttemptsAllowed = 10
    static let loginWindowSeconds = 15.0 * 60

    private func recentFailedLogins(_ username: String) throws -> Int {
        let since = Timestamp.now().adding(seconds: -Self.loginWindowSeconds)
        return try store.auditLog(target: "account:\(username)", limit: Self.loginAttemptsAllowed * 2)
            .prefix { $0.at >= since && $0.action != "session.login" }
            .filter { $0.action == "session.login_failed" }.count
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
