import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    /// `/account` (your own password) and the admin's per-account actions on `/admin`.
    func addAccountPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/account", .page, role: .viewer) { call in
            accountPage(call, notice: nil, error: nil)
        }
        add(router, .post, "/account/password", .page, role: .viewer) { call in
            let form = call.form
            guard form["newPassword"] == form["confirmPassword"] else {
                return accountPage(call, notice: nil, error: "The new password and its confirmation differ.")
            }
            do {
                try changeOwnPassword(current: form["currentPassword"] ?? "", new: form["newPassword"] ?? "", call)
                return accountPage(call, notice: "Password changed. Your other sessions were signed out.", error: nil)
            } catch let error as WebError where error.status != .internalServerError {
                return accountPage(call, notice: nil, error: error.message, status: error.status)
            }
        }
        add(router, .post, "/admin/accounts/{username}/disabled", .page, role: .admin) { call in
            try adminAction(call) { try updateAccount(call.parameter("username"), AccountUpdate(disabled: call.form["disabled"] == "true"), call) }
        }
        add(router, .post, "/admin/accounts/{username}/password", .page, role: .admin) { call in
            try adminAction(call) {
                let account = try updateAccount(call.parameter("username"), AccountUpdate(password: call.form["password"] ?? ""), call)
                return "Password of \(account.username) reset; their sessions were signed out."
            }
        }
    }

    /// Runs an admin action, then shows the Access page with its outcome (or the refusal).
    private func adminAction(_ call: WebCall, _ action: () throws -> Any) throws -> Response {
        do {
            let outcome = try action()
            return try adminPage(call, created: nil, error: nil, notice: outcome as? String)
        } catch let error as WebError where error.status != .internalServerError {
            return try adminPage(call, created: nil, error: error.message, status: error.status)
        }
    }

    private func accountPage(_ call: WebCall, notice: String?, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        views.page("account", title: "Your account", nav: "", identity: call.identity, model: AccountPageModel(
            username: call.identity.username, role: call.identity.role.rawValue, notice: notice, error: error,
            minimumLength: Passwords.minimumLength), status: status)
    }

    struct AccountPageModel {
        var username: String
        var role: String
        var notice: String?
        var error: String?
        var minimumLength: Int
    }
}
