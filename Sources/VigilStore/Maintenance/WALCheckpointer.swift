import Foundation
import GRDB

/// Copies the write-ahead log into the database file from a connection of its own, off the writer's path.
///
/// SQLite's automatic checkpoint runs inside the committing writer, so ingestion would stop for each copy and
/// fsync: about a quarter of its time at tens of thousands of events per second. A passive checkpoint on a
/// second connection copies the committed pages without taking any lock the writer needs. The writer keeps an
/// automatic checkpoint at a much larger WAL size as a safety net, should this one fall behind or not run.
final class WALCheckpointer: Sendable {
    private let task: Task<Void, Never>

    /// WAL size (pages) at which the writer checkpoints by itself.
    static let writerFallbackPages = 20_000

    init(path: String, interval: Duration = .milliseconds(250)) throws {
        var config = Configuration()
        config.label = "vigil.checkpointer"
        let queue = try DatabaseQueue(path: path, configuration: config)
        task = Task.detached(priority: .utility) {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                // Busy (another checkpoint running) or a reader holding old pages only means "not yet".
                _ = try? await queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
            }
            try? queue.close()
        }
    }

    func stop() { task.cancel() }

    deinit { task.cancel() }
}
