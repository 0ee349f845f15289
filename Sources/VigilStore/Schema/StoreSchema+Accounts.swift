import GRDB

extension StoreSchema {
    /// Local accounts for the web UI and REST API: users, login sessions, API tokens, the audit log, and the rule
    /// switches people flip in the UI. Session and API tokens are stored only as hashes.
    static func registerAccounts(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: accounts, sessions, API tokens, audit log, rule settings") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL,
                    created INTEGER NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE account_session (
                    token_hash TEXT PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    created INTEGER NOT NULL,
                    expires INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX account_session_expires ON account_session(expires);
                CREATE TABLE api_token (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    created INTEGER NOT NULL,
                    last_used INTEGER,
                    revoked INTEGER
                );
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT NOT NULL,
                    detail TEXT
                );
                CREATE INDEX audit_log_at ON audit_log(at);
                CREATE TABLE rule_setting (
                    rule_id TEXT PRIMARY KEY,
                    enabled INTEGER NOT NULL,
                    updated INTEGER NOT NULL,
                    updated_by TEXT NOT NULL
                );
                """)
        }
    }
}
