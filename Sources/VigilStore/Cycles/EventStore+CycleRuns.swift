import GRDB
import VigilEvent

extension EventStore {
    /// Records a cycle's run. Runs older than the newest `keep` of the same cycle are removed, so the table stays
    /// small however long the service runs.
    public func record(run: CycleRun, keep: Int = 500) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO cycle_run(cycle, started, finished, events_read, alerts_new, alerts_updated, detail, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [run.cycle, run.started.millis, run.finished.millis, run.eventsRead, run.alertsNew,
                                 run.alertsUpdated, run.detail, run.error])
            try db.execute(sql: """
                DELETE FROM cycle_run WHERE cycle = ? AND id NOT IN (SELECT id FROM cycle_run WHERE cycle = ? ORDER BY id DESC LIMIT ?)
                """, arguments: [run.cycle, run.cycle, max(1, keep)])
        }
    }

    /// The latest runs, newest first: of one cycle, or of all.
    public func cycleRuns(cycle: String? = nil, limit: Int = 20) throws -> [CycleRun] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM cycle_run WHERE ? IS NULL OR cycle = ? ORDER BY id DESC LIMIT ?
                """, arguments: [cycle, cycle, max(1, limit)]).map { row in
                CycleRun(cycle: row["cycle"], started: Timestamp(millis: row["started"]), finished: Timestamp(millis: row["finished"]),
                         eventsRead: row["events_read"], alertsNew: row["alerts_new"], alertsUpdated: row["alerts_updated"],
                         detail: row["detail"], error: row["error"])
            }
        }
    }

    /// The newest run of each cycle, by cycle name.
    public func lastCycleRuns() throws -> [String: CycleRun] {
        let cycles = try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT cycle FROM cycle_run") }
        return try Dictionary(uniqueKeysWithValues: cycles.compactMap { name in try cycleRuns(cycle: name, limit: 1).first.map { (name, $0) } })
    }
}
