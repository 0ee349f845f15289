import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Every stored event published in `[since, until]`, oldest first, handed to `body` in batches of `batchSize`:
    /// for replaying history through detection (`vigil backtest`, re-evaluation) without holding it all in memory.
    /// Each batch is read in its own transaction, so writers are never held up for the whole scan.
    public func scan(since: Timestamp, until: Timestamp? = nil, batchSize: Int = 2_000,
                     _ body: ([StoredEvent]) throws -> Void) throws {
        var after: (published: Int64, id: Int64) = (since.millis, Int64.min)
        let limit = max(1, batchSize)
        while true {
            let rows = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT e.id, e.uuid, e.published, t.value AS type, e.zdict, e.raw FROM event e JOIN term t ON t.id = e.type
                    WHERE (e.published > ? OR (e.published = ? AND e.id > ?)) AND e.published <= ?
                    ORDER BY e.published, e.id LIMIT \(limit)
                    """, arguments: [after.published, after.published, after.id, until?.millis ?? Int64.max])
            }
            guard let last = rows.last else { return }
            let codec = ZstdCodec()
            try body(try rows.map { try decode($0, codec) })
            after = (last["published"], last["id"])
            if rows.count < limit { return }
        }
    }
}
