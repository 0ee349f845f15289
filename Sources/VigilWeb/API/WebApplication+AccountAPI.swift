import Foundation
import Hummingbird
import VigilStore

extension WebApplication {
    /// Changing one's own password, and admins disabling, enabling and resetting others' accounts.
    var accountRoutes: [APIRoute] {
        [
            APIRoute(method: .post, path: "/api/v1/me/password", summary: "Change your own password (needs the current one)",
                     tag: "access", role: .viewer, body: "PasswordChange", response: "Me") { call in
                let change = try call.json(PasswordChange.self)
                try changeOwnPassword(current: change.currentPassword, new: change.newPassword, call)
                return .json(Me(username: call.identity.username, role: call.identity.role.rawValue))
            },
            APIRoute(method: .patch, path: "/api/v1/accounts/{username}",
                     summary: "Disable or enable an account, or reset its password (ends its sessions)", tag: "access",
                     role: .admin, body: "AccountUpdate", response: "Account") { call in
                .json(try updateAccount(call.parameter("username"), try call.json(AccountUpdate.self), call))
            },
        ]
    }

    struct PasswordChange: Codable { var currentPassword: String; var newPassword: String }
    struct AccountUpdate: Codable { var disabled: Bool?; var password: String? }
    struct AccountInfo: Codable {
        var username: String, role: String, disabled: Bool, created: String
        init(_ a: Account) { username = a.username; role = a.role.rawValue; disabled = a.disabled; created = a.created.iso8601 }
    }

    /// Re-checks the current password (a walked-away-from session must not be enough to take the account over),
    /// throttled like sign-in. Other sessions end; the caller's own session, if it is one, stays.
    func changeOwnPassword(current: String, new: String, _ call: WebCall) throws {
        let account = call.identity.account
        let address = clientAddress(call.request, call.context)
        let now = loginThrottle.clock()
        if let wait = loginThrottle.wait(username: account.username, address: address, now: now) {
            throw WebError(.tooManyRequests, "too many wrong passwords: wait \(Int(wait.rounded(.up))) s and try again")
        }
        guard Passwords.verify(current, against: account) else {
            loginThrottle.recordFailure(username: account.username, address: address, now: now)
            try call.audit(store, "account.password_change_failed", target: "account:\(account.username)", detail: "from=\(address)")
            throw WebError(.forbidden, "the current password is wrong", field: "currentPassword")
        }
        let hash = try passwordHash(new, field: "newPassword")
        try store.setPasswordHash(hash, forAccount: account.id, keepingSession: call.identity.sessionTokenHash)
        try call.audit(store, "account.password_change", target: "account:\(account.username)")
    }

    func updateAccount(_ username: String, _ update: AccountUpdate, _ call: WebCall) throws -> AccountInfo {
        guard update.disabled != nil || update.password != nil else {
            throw WebError.badRequest("send 'disabled' (true or false) and/or a new 'password'")
        }
        guard let account = try store.account(username: username) else { throw WebError.notFound("no account named '\(username)'") }
        let isSelf = account.id == call.identity.account.id
        if update.disabled == true && isSelf {
            throw WebError(.conflict, "you cannot disable your own account: ask another admin", field: "disabled")
        }
        // Validated before anything changes, so a refused password leaves the account as it was.
        let hash = try update.password.map { try passwordHash($0, field: "password") }
        if let disabled = update.disabled, disabled != account.disabled {
            _ = try store.setAccount(account.id, disabled: disabled)
            try call.audit(store, disabled ? "account.disable" : "account.enable", target: "account:\(account.username)")
        }
        if let hash {
            try store.setPasswordHash(hash, forAccount: account.id, keepingSession: isSelf ? call.identity.sessionTokenHash : nil)
            try call.audit(store, "account.password_reset", target: "account:\(account.username)")
        }
        guard let updated = try store.account(username: account.username) else { throw WebError.notFound("no account named '\(username)'") }
        return AccountInfo(updated)
    }

    private func passwordHash(_ password: String, field: String) throws -> String {
        do {
            return try Passwords.hash(password, cost: configuration.bcryptCost)
        } catch {
            throw WebError.badRequest(error.description, field: field)
        }
    }
}
