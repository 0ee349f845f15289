import Foundation
import Hummingbird
import Mustache

/// Renders pages: Mustache templates from the target's `Templates` resources, each extending `layout`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() async throws {
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw WebError(.internalServerError, "the web UI's templates are missing from the bundle")
        }
        library = try await MustacheLibrary(directory: directory.path)
    }

    /// Everything the layout needs around a page's own `model`.
    struct Page {
        var title: String
        var navItems: [NavItem]
        var me: String?
        var role: String?
        var isAnalyst: Bool
        var isAdmin: Bool
        var csrf: String
        var model: Any
    }

    struct NavItem {
        var href: String
        var label: String
        var active: Bool
    }

    static let navigation = [("/", "Dashboard"), ("/events", "Events"), ("/alerts", "Alerts"), ("/users", "Users"),
                             ("/integrations", "Integrations"), ("/rules", "Rules"), ("/admin", "Access")]

    func page(_ template: String, title: String, nav: String, identity: WebIdentity?, model: Any,
              status: HTTPResponse.Status = .ok) -> Response {
        let page = Page(
            title: title,
            navItems: identity == nil ? [] : Self.navigation
                .filter { $0.0 != "/admin" || identity?.role == .admin }
                .map { NavItem(href: $0.0, label: $0.1, active: $0.0 == nav) },
            me: identity?.username, role: identity?.role.rawValue,
            isAnalyst: (identity?.role).map { $0 >= .analyst } ?? false, isAdmin: identity?.role == .admin,
            csrf: identity?.csrfToken ?? "", model: model)
        guard let html = library.render(page, withTemplate: template) else {
            return .html("<!doctype html><title>Vigil</title><p>Missing page template '\(template)'.", status: .internalServerError)
        }
        return Response.html(html, status: status).withSecurityHeaders()
    }
}
