import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    /// Accounts, API tokens and the audit log (admins only).
    func addAdminPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/admin", .page, role: .admin) { call in
            try adminPage(call, created: nil, error: nil)
        }
        add(router, .post, "/admin/accounts", .page, role: .admin) { call in
            let form = call.form
            do {
                _ = try createAccount(NewAccount(username: form["username"] ?? "", password: form["password"] ?? "", role: form["role"] ?? ""), call)
                return .redirect(to: "/admin")
            } catch let error as WebError where error.status == .badRequest || error.status == .conflict {
                return try adminPage(call, created: nil, error: error.message)
            }
        }
        add(router, .post, "/admin/tokens", .page, role: .admin) { call in
            do {
                let token = try createToken(name: call.form["name"] ?? "", username: call.form.nonEmpty("username") ?? call.identity.username, call)
                return try adminPage(call, created: token, error: nil)
            } catch let error as WebError where error.status == .badRequest {
                return try adminPage(call, created: nil, error: error.message)
            }
        }
        add(router, .post, "/admin/tokens/{id}/revoke", .page, role: .admin) { call in
            _ = try revokeToken(call.parameter("id"), call)
            return .redirect(to: "/admin")
        }
    }

    func adminPage(_ call: WebCall, created: CreatedToken?, error: String?, notice: String? = nil,
                   status: HTTPResponse.Status = .ok) throws -> Response {
        views.page("admin", title: "Access", nav: "/admin", identity: call.identity, model: AdminModel(
            accounts: try store.accounts().map { AccountRow(info: AccountInfo($0), isSelf: $0.id == call.identity.account.id) },
            tokens: try store.apiTokens().map(TokenInfo.init),
            audit: try store.auditLog(limit: 100).map(AuditLog.Entry.init),
            created: created, error: error, notice: notice,
            roles: Option.list(AccountRole.allCases.map(\.rawValue), selected: "viewer", any: "role").dropFirst().map { $0 }), status: status)
    }

    struct AdminModel {
        var accounts: [AccountRow]
        var tokens: [TokenInfo]
        var audit: [AuditLog.Entry]
        var created: CreatedToken?
        var error: String?
        var notice: String?
        var roles: [Option]
    }

    /// An account on the Access page; admins get no button to disable themselves.
    struct AccountRow {
        var info: AccountInfo
        var isSelf: Bool
    }
}
