import GRDB

/// The day-partitioned full-text index: one contentless FTS5 table per published day (UTC).
///
/// Contentless tables store only the index (and, with `columnsize = 0`, no per-row sizes: results are ordered by
/// time, never ranked by bm25) (the text is in the compressed raw event), and whole days can be
/// dropped when they pass retention, which SQLite 3.40's contentless tables could not do row by row.
/// The tokenizer keeps `.@:-_` inside tokens, so IPs, e-mail addresses and event types are single words
/// that prefix queries find (`203.0.113` finds `203.0.113.9`).
enum FTSPartition {
    static let millisPerDay: Int64 = 86_400_000

    static func day(ofMillis millis: Int64) -> Int64 {
        millis >= 0 ? millis / millisPerDay : (millis - millisPerDay + 1) / millisPerDay
    }

    static func tableName(day: Int64) -> String { day >= 0 ? "fts_\(day)" : "fts_m\(-day)" }

    static func create(day: Int64, _ db: Database) throws {
        let name = tableName(day: day)
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS \(name) USING fts5(
                doc, content = '', detail = none, columnsize = 0, tokenize = "unicode61 remove_diacritics 2 tokenchars '.@:-_'");
            INSERT INTO fts_partition(day, name) VALUES (\(day), '\(name)') ON CONFLICT DO NOTHING;
            """)
    }
}
