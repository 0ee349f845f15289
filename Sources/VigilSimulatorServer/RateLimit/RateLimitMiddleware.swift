import HTTPTypes
import Hummingbird

/// Applies the rate and concurrency limits and writes `X-Rate-Limit-Limit/Remaining/Reset` on every response,
/// errors included; over a limit it answers 429 E0000047.
struct RateLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let decision = await limiter.admit(path: request.uri.path)
        var response: Response
        if decision.allowed {
            do {
                response = try await next(request, context)
            } catch {
                response = OktaErrorMiddleware<Context>.response(for: error, request: request, logger: context.logger)
            }
            await limiter.finish()
        } else {
            response = OktaError.rateLimited.response()
        }
        response.headers[.rateLimitLimit] = String(decision.limit)
        response.headers[.rateLimitRemaining] = String(decision.remaining)
        response.headers[.rateLimitReset] = String(decision.reset)
        return response
    }
}

extension HTTPField.Name {
    static let rateLimitLimit = Self("X-Rate-Limit-Limit")!
    static let rateLimitRemaining = Self("X-Rate-Limit-Remaining")!
    static let rateLimitReset = Self("X-Rate-Limit-Reset")!
    static let link = Self("Link")!
}
