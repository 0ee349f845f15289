import Foundation
import Hummingbird
import VigilSigma

extension WebApplication {
    func addPageRoutes(to router: Router<WebRequestContext>) {
        add(router, .get, "/", .page, role: .viewer) { call in
            views.page("dashboard", title: "Dashboard", nav: "/", identity: call.identity,
                       model: try await Dashboard(store: store, triage: triage, integrations: integrations))
        }
        addEventPages(to: router)
        addAlertPages(to: router)
        addUserPages(to: router)
        addIntegrationPages(to: router)
        addRulePages(to: router)
        addAdminPages(to: router)
        addAccountPages(to: router)
    }

    /// A `<select>` option.
    struct Option {
        var value: String
        var label: String
        var selected: Bool

        static func list(_ values: [String], selected: String?, any: String) -> [Option] {
            [Option(value: "", label: any, selected: (selected ?? "").isEmpty)]
                + values.map { Option(value: $0, label: $0.replacingOccurrences(of: "_", with: " "), selected: $0 == selected) }
        }
    }
}
