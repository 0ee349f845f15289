import GRDB
import VigilEvent

extension EventStore {
    /// Creates an account; the password arrives already hashed (bcrypt lives with the web layer).
    /// Throws `AccountError.usernameTaken` if the username is taken.
    @discardableResult
    public func createAccount(username: String, passwordHash: String, role: AccountRole) throws -> Account {
        try pool.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM account WHERE username = ?", arguments: [username]) != nil {
                throw AccountError.usernameTaken(username)
            }
            let now = Timestamp.now()
            try db.execute(sql: "INSERT INTO account(username, password_hash, role, created) VALUES (?, ?, ?, ?)",
                           arguments: [username, passwordHash, role.rawValue, now.millis])
            return Account(id: db.lastInsertedRowID, username: username, role: role, created: now, disabled: false,
                           passwordHash: passwordHash)
        }
    }

    /// The account with this username (case-insensitive), if any.
    public func account(username: String) throws -> Account? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username]).map(Self.account)
        }
    }

    /// Every account, by username.
    public func accounts() throws -> [Account] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY username").map(Self.account) }
    }

    /// Replaces an account's password hash and ends its sessions, so a reset locks out whoever had the old one;
    /// `keepingSession` spares the session of someone changing their own password.
    public func setPasswordHash(_ hash: String, forAccount id: Int64, keepingSession kept: String? = nil) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE id = ?", arguments: [hash, id])
            try db.execute(sql: "DELETE FROM account_session WHERE account_id = ? AND token_hash IS NOT ?", arguments: [id, kept])
        }
    }

    /// Disables or re-enables an account. Disabling ends its sessions; its API tokens stop working while it is
    /// disabled (token lookups skip disabled accounts) and work again if it is re-enabled.
    /// Returns false if there is no such account.
    public func setAccount(_ id: Int64, disabled: Bool) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, id])
            guard db.changesCount > 0 else { return false }
            if disabled { try db.execute(sql: "DELETE FROM account_session WHERE account_id = ?", arguments: [id]) }
            return true
        }
    }

    static func account(_ row: Row) -> Account {
        Account(id: row["id"], username: row["username"], role: AccountRole(rawValue: row["role"]) ?? .viewer,
                created: Timestamp(millis: row["created"]), disabled: row["disabled"] as Bool,
                passwordHash: row["password_hash"])
    }
}
