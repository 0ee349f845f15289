import Hummingbird

/// Adds `Strict-Transport-Security` to every answer sent over HTTPS (directly or behind a TLS-terminating proxy,
/// as for `Secure` cookies), so once a browser has reached Vigil over HTTPS it never falls back to plain HTTP,
/// where session cookies could be stripped or read. Browsers ignore the header over HTTP, so it is not sent there.
/// Subdomains are left out: Vigil cannot know what else runs under its parent domain.
struct StrictTransportSecurity<Context: RequestContext>: RouterMiddleware {
    let configuration: WebConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if SessionCookie.isSecure(request, configuration) {
            response.headers[.strictTransportSecurity] = "max-age=\(configuration.hstsMaxAgeSeconds)"
        }
        return response
    }
}

extension HTTPFields.Element.Name {
    static let strictTransportSecurity = Self("Strict-Transport-Security")!
}
