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
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    /// Binds bytes that SQLite reads in place instead of copying: each event's raw blob, key and search text,
    /// which would otherwise cost an allocation and a copy each. They must stay valid until `step`, which
    /// clears every binding before it returns, so no pointer outlives the caller's access to the bytes.
    func bind(_ index: Int32, borrowedBlob bytes: UnsafeRawBufferPointer) {
        // Empty bytes may come without an address, which SQLite would take for NULL.
        guard let base = bytes.baseAddress else { sqlite3_bind_zeroblob(statement, index, 0); return }
        sqlite3_bind_blob(statement, index, base, Int32(bytes.count), nil)
    }

    /// Binds UTF-8 text read in place, under the same rule as `bind(_:borrowedBlob:)`.
    func bind(_ index: Int32, borrowedText bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { sqlite3_bind_text(statement, index, "", 0, Self.transient); return }
        sqlite3_bind_text(statement, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    /// Binds an event's key read in place, under the same rule as `bind(_:borrowedBlob:)`.
    func bind(_ index: Int32, borrowed key: EventKey, _ bytes: UnsafeRawBufferPointer) {
        if key.isText { bind(index, borrowedText: bytes) } else { bind(index, borrowedBlob: bytes) }
    }

    func bind(_ index: Int32, text value: String) {
        var value = value
        _ = value.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
    }

    /// Runs the statement; returns whether it changed a row (false for an ignored conflict).
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return sqlite3_changes(db.sqliteConnection) > 0
    }
}
