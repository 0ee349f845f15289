import Foundation
import Hummingbird

/// The browser session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS, scoped to the whole site.
enum SessionCookie {
    static let name = "vigil_session"
    /// Double-submit token for the login form, which has no session yet to hold a CSRF token.
    static let loginName = "vigil_login_csrf"

    static func make(_ name: String, value: String, maxAge: Int, request: Request, configuration: WebConfiguration) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: isSecure(request, configuration), httpOnly: true, sameSite: .strict)
    }

    /// A cookie that replaces `name` and expires at once.
    static func clear(_ name: String, request: Request, configuration: WebConfiguration) -> Cookie {
        make(name, value: "", maxAge: 0, request: request, configuration: configuration)
    }

    static func isSecure(_ request: Request, _ configuration: WebConfiguration) -> Bool {
        if let fixed = configuration.secureCookies { return fixed }
        return request.uri.scheme?.rawValue == "https" || request.headers[.forwardedProto]?.lowercased() == "https"
    }
}
