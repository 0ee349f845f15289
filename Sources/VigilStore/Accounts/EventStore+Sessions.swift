import GRDB
import VigilEvent

/// A signed-in browser session, found by the hash of its cookie.
public struct AccountSession: Sendable {
    public var account: Account
    /// The token forms and scripts must echo back on state-changing requests.
    public var csrfToken: String
    public var expires: Timestamp
}

extension EventStore {
    /// Records a new session; only the hash of the cookie value is stored.
    public func createSession(tokenHash: String, accountId: Int64, csrfToken: String, expires: Timestamp) throws {
        try pool.write { db in
            // Expired sessions are swept here, on login, rather than by a timer.
            try db.execute(sql: "DELETE FROM account_session WHERE expires < ?", arguments: [Timestamp.now().millis])
            try db.execute(sql: "INSERT INTO account_session(token_hash, account_id, csrf_token, created, expires) VALUES (?, ?, ?, ?, ?)",
                           arguments: [tokenHash, accountId, csrfToken, Timestamp.now().millis, expires.millis])
        }
    }

    /// The live session with this token hash, with its (enabled) account.
    public func session(tokenHash: String) throws -> AccountSession? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.*, s.csrf_token, s.expires AS session_expires FROM account_session s JOIN account a ON a.id = s.account_id
                WHERE s.token_hash = ? AND s.expires > ? AND a.disabled = 0
                """, arguments: [tokenHash, Timestamp.now().millis]) else { return nil }
            return AccountSession(account: Self.account(row), csrfToken: row["csrf_token"],
                                  expires: Timestamp(millis: row["session_expires"]))
        }
    }

    public func deleteSession(tokenHash: String) throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM account_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }
}
