import GRDB
import VigilEvent

extension StoreSchema {
    /// Applies the pending migrations. On a store that already held a schema, each one is run on its own and
    /// reported to `progress`; a new store is created silently, since every step is instant on empty tables.
    static func migrate(_ writer: any DatabaseWriter, progress: (@Sendable (StoreUpgradeStep) -> Void)?) throws {
        let migrator = self.migrator
        let applied = try writer.read { try migrator.appliedIdentifiers($0) }
        let pending = migrator.migrations.filter { !applied.contains($0) }
        guard let progress, !applied.isEmpty, !pending.isEmpty else { return try migrator.migrate(writer) }
        for (index, migration) in pending.enumerated() {
            progress(.started(migration: migration, position: index + 1, count: pending.count))
            let start = ContinuousClock.now
            try migrator.migrate(writer, upTo: migration)
            progress(.finished(migration: migration, seconds: (ContinuousClock.now - start).seconds))
        }
    }
}
