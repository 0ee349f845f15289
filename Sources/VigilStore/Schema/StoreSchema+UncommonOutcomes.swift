import GRDB

extension StoreSchema {
    /// Outcomes that nearly every event has (99% of the simulator's). The outcome index leaves them out: a search
    /// for them reads the time index and finds a match in nearly every row, while keeping them cost every stored
    /// event an insert into an index whose few keys are all hot.
    static let commonOutcomes = ["SUCCESS", "ALLOW"]

    static func registerUncommonOutcomes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: outcome index of uncommon outcomes") { db in
            for value in commonOutcomes {
                try db.execute(sql: "INSERT INTO term(kind, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               arguments: [TermKind.outcome.rawValue, value])
            }
            try db.execute(sql: """
                DROP INDEX event_outcome;
                CREATE INDEX event_outcome_uncommon ON event(outcome, published) WHERE \(try uncommonOutcome(column: "outcome", db));
                """)
        }
    }

    /// The outcome index's condition, for `column`. A query can use a partial index only when its own conditions
    /// include the index's, spelled the same way, so searches for an uncommon outcome add this. The common
    /// outcomes' terms are created with the index and terms are never removed, so their ids are stable.
    static func uncommonOutcome(column: String, _ db: Database) throws -> String {
        let placeholders = commonOutcomes.map { _ in "?" }.joined(separator: ", ")
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM term WHERE kind = ? AND value IN (\(placeholders)) ORDER BY id",
                                     arguments: StatementArguments([TermKind.outcome.rawValue] + commonOutcomes))
        return "\(column) NOT IN (\(ids.map(String.init).joined(separator: ", ")))"
    }
}
