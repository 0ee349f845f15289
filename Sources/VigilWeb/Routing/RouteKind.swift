import Foundation
/// Whether a route answers a browser (HTML pages, redirects to login) or an API client (JSON errors, 401).
enum RouteKind: Sendable {
    case page
    case api
}
