#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif
import Foundation
import GRDB

/// Binds values straight to a prepared statement through SQLite's C API.
///
/// The insert of every event goes through here: GRDB's `StatementArguments` box each value in an existential
/// and an array, which costs more than the insert's B-tree work at tens of thousands of rows per second.
struct SQLiteBinder {
    let statement: SQLiteStatement
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
        sqlite3_reset(self.statement)
        sqlite3_clear_bindings(self.statement)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    func bind(_ index: Int32, _ value: Data) {
        _ = value.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
    }

    func bind(_ index: Int32, _ key: EventKey) {
        if key.isText { bind(index, utf8: Array(key.bytes)) } else { bind(index, key.bytes) }
    }

    /// Binds UTF-8 bytes as text.
    func bind(_ index: Int32, utf8 value: [UInt8]) {
        _ = value.withUnsafeBufferPointer { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
    }

    func bind(_ index: Int32, text value: String) {
        var value = value
        _ = value.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
    }

    /// Runs the statement; returns whether it changed a row (false for an ignored conflict).
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return sqlite3_changes(db.sqliteConnection) > 0
    }
}
