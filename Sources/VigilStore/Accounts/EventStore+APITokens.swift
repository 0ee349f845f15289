import GRDB
import VigilEvent

/// An API token's metadata; the token itself is shown once at creation and stored only as a hash.
public struct APITokenInfo: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var username: String
    public var created: Timestamp
    public var lastUsed: Timestamp?
}

extension EventStore {
    @discardableResult
    public func createAPIToken(accountId: Int64, name: String, tokenHash: String) throws -> Int64 {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO api_token(account_id, name, token_hash, created) VALUES (?, ?, ?, ?)",
                           arguments: [accountId, name, tokenHash, Timestamp.now().millis])
            return db.lastInsertedRowID
        }
    }

    /// The enabled account owning the unrevoked token with this hash, marking the token used.
    public func account(apiTokenHash: String) throws -> Account? {
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.*, t.id AS token_id FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = ? AND t.revoked IS NULL AND a.disabled = 0
                """, arguments: [apiTokenHash]) else { return nil }
            try db.execute(sql: "UPDATE api_token SET last_used = ? WHERE id = ?", arguments: [Timestamp.now().millis, row["token_id"] as Int64])
            return Self.account(row)
        }
    }

    /// Unrevoked tokens, newest first.
    public func apiTokens() throws -> [APITokenInfo] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.id, t.name, a.username, t.created, t.last_used FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.revoked IS NULL ORDER BY t.created DESC
                """).map {
                APITokenInfo(id: $0["id"], name: $0["name"], username: $0["username"], created: Timestamp(millis: $0["created"]),
                             lastUsed: ($0["last_used"] as Int64?).map(Timestamp.init(millis:)))
            }
        }
    }

    /// Revokes a token; returns false if there was no such live token.
    public func revokeAPIToken(id: Int64) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "UPDATE api_token SET revoked = ? WHERE id = ? AND revoked IS NULL", arguments: [Timestamp.now().millis, id])
            return db.changesCount > 0
        }
    }
}
