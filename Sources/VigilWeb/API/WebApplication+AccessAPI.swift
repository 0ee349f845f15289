import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    var accessRoutes: [APIRoute] {
        [
            APIRoute(method: .get, path: "/api/v1/me", summary: "The calling account", tag: "access", role: .viewer,
                     response: "Me") { call in
                .json(Me(username: call.identity.username, role: call.identity.role.rawValue))
            },
            APIRoute(method: .get, path: "/api/v1/accounts", summary: "Local accounts", tag: "access", role: .admin,
                     response: "AccountList") { _ in
                .json(AccountList(accounts: try store.accounts().map(AccountInfo.init)))
            },
            APIRoute(method: .post, path: "/api/v1/accounts", summary: "Create a local account", tag: "access", role: .admin,
                     body: "NewAccount", response: "Me", creates: true) { call in
                let new = try call.json(NewAccount.self)
                return .json(try createAccount(new, call), status: .created)
            },
            APIRoute(method: .get, path: "/api/v1/tokens", summary: "API tokens (never the tokens themselves)", tag: "access",
                     role: .admin, response: "TokenList") { _ in
                .json(TokenList(tokens: try store.apiTokens().map(TokenInfo.init)))
            },
            APIRoute(method: .post, path: "/api/v1/tokens", summary: "Create an API token for an account; shown once",
                     tag: "access", role: .admin, body: "NewToken", response: "CreatedToken", creates: true) { call in
                let new = try call.json(NewToken.self)
                return .json(try createToken(name: new.name, username: new.username ?? call.identity.username, call), status: .created)
            },
            APIRoute(method: .delete, path: "/api/v1/tokens/{id}", summary: "Revoke an API token", tag: "access", role: .admin,
                     response: "Revoked") { call in
                .json(try revokeToken(call.parameter("id"), call))
            },
            APIRoute(method: .get, path: "/api/v1/audit", summary: "The audit log, newest first", tag: "access", role: .admin,
                     query: [APIParameter(name: "target", description: "Only entries about this target, e.g. alert:<id>."),
                             APIParameter(name: "limit", description: "1–1000 (default 100).", type: "integer")],
                     response: "AuditLog") { call in
                let limit = Int(call.query["limit"] ?? "100") ?? 0
                guard (1...1000).contains(limit) else { throw WebError.badRequest("limit must be a number from 1 to 1000", field: "limit") }
                return .json(AuditLog(entries: try store.auditLog(target: call.query.nonEmpty("target"), limit: limit).map(AuditLog.Entry.init)))
            },
        ]
    }

    struct Me: Codable { var username: String; var role: String }
    struct AccountList: Codable { var accounts: [AccountInfo] }
    struct NewAccount: Codable { var username: String; var password: String; var role: String }
    struct NewToken: Codable { var name: String; var username: String? }
    struct CreatedToken: Codable { var id: Int64; var name: String; var username: String; var token: String }
    struct Revoked: Codable { var id: Int64; var revoked: Bool }
    struct TokenList: Codable { var tokens: [TokenInfo] }
    struct TokenInfo: Codable {
        var id: Int64, name: String, username: String, created: String, lastUsed: String?
        init(_ t: APITokenInfo) { id = t.id; name = t.name; username = t.username; created = t.created.iso8601; lastUsed = t.lastUsed?.iso8601 }
    }
    struct AuditLog: Codable {
        var entries: [Entry]
        struct Entry: Codable {
            var at: String, actor: String, action: String, target: String, detail: String?
            init(_ e: AuditEntry) { at = e.at.iso8601; actor = e.actor; action = e.action; target = e.target; detail = e.detail }
        }
    }

    func createAccount(_ new: NewAccount, _ call: WebCall) throws -> Me {
        guard let role = AccountRole(rawValue: new.role) else {
            throw WebError.badRequest("role must be one of viewer, analyst, admin", field: "role")
        }
        do {
            let account = try Passwords.createAccount(in: store, username: new.username, password: new.password, role: role,
                                                      cost: configuration.bcryptCost)
            try call.audit(store, "account.create", target: "account:\(account.username)", detail: "role=\(role.rawValue)")
            return Me(username: account.username, role: role.rawValue)
        } catch let error as PasswordError {
            throw WebError.badRequest(error.description, field: error.field)
        } catch let error as AccountError {
            throw WebError(.conflict, error.description, field: "username")
        }
    }

    func createToken(name: String, username: String, _ call: WebCall) throws -> CreatedToken {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else { throw WebError.badRequest("name the token (1–100 characters)", field: "name") }
        guard let account = try store.account(username: username) else {
            throw WebError.badRequest("no account named '\(username)'", field: "username")
        }
        let (id, token) = try APITokens.issue(in: store, for: account, name: name)
        try call.audit(store, "token.create", target: "token:\(id)", detail: "name=\(name) account=\(account.username)")
        return CreatedToken(id: id, name: name, username: account.username, token: token)
    }

    func revokeToken(_ idText: String, _ call: WebCall) throws -> Revoked {
        guard let id = Int64(idText) else { throw WebError.badRequest("token ids are numbers", field: "id") }
        guard try store.revokeAPIToken(id: id) else { throw WebError.notFound("no live API token \(id)") }
        try call.audit(store, "token.revoke", target: "token:\(id)")
        return Revoked(id: id, revoked: true)
    }
}
