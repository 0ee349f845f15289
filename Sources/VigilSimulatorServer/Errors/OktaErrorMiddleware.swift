import Hummingbird
import Logging

/// Turns every failure into Okta's error JSON: Okta errors as they are, Hummingbird's 404 for an unknown path as
/// E0000007, anything else as a logged 500 E0000009.
struct OktaErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: error, request: request, logger: context.logger)
        }
    }

    static func response(for error: any Error, request: Request, logger: Logger) -> Response {
        switch error {
        case let okta as OktaError:
            return okta.response()
        case let http as HTTPError where http.status == .notFound:
            return OktaError.notFound(request.uri.path).response()
        case let http as HTTPError where http.status == .contentTooLarge:
            return OktaError(.contentTooLarge, "E0000001", "Api validation failed: request body", causes: ["The request body is too large"]).response()
        case let http as any HTTPResponseError where (400..<500).contains(http.status.code):
            return OktaError(http.status, "E0000001", "Api validation failed: request", causes: ["\(http)"]).response()
        default:
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return OktaError.internalError.response()
        }
    }
}
