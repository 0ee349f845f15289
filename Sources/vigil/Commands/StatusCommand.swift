import ArgumentParser
import Foundation
import VigilEvent
import VigilStore

/// `vigil status`: how each integration's ingestion paths are doing, from the status the service saves.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show ingestion status per integration and path (as the running service last saved it).",
        discussion: """
            Columns: the newest event received, how far behind Okta the path was at its last batch (lag), events \
            in the last minute, totals of events and duplicates absorbed, Okta 429 answers, suspected gaps, and \
            the last error. A running backfill shows its events so far, rate and estimated time left; each \
            integration's inventory sync shows its last success, what it changed and its last error. The service \
            saves its status every few seconds and when it stops. Below the tables: when the hourly analysis and \
            the daily cycle last ran, and what they found or did.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @OptionGroup var config: ConfigFileOption
    @Flag(help: "Print JSON (one object per integration and path) instead of a table.") var json = false

    func run() throws {
        let (store, _) = try config.openStore(dataDirectory)
        let records = try store.ingestStatus()
        let removed = try store.removedIntegrations()
        let inventory = try store.inventoryStatus()
        if json {
            let objects = records.map { Self.json($0, removed: removed[$0.integration] != nil) } + inventory.map(Self.json)
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted])
            Console.out(String(decoding: data, as: UTF8.self))
            return
        }
        let now = Timestamp.now()
        defer { printCycles(try? store.lastCycleRuns(), now: now) }
        guard !records.isEmpty || !inventory.isEmpty else {
            Console.error("no ingestion status yet in \(store.directory.path) (is `vigil serve` running with this data directory?)")
            return
        }
        Console.out(Self.row(["INTEGRATION", "PATH", "LAST EVENT", "LAG", "EV/MIN", "EVENTS", "DUPES", "429s", "GAPS", "LAST ERROR"]))
        for r in records {
            let name = r.integration + (removed[r.integration] != nil ? " (removed)" : "")
            Console.out(Self.row([name, r.path, r.lastEvent?.iso8601 ?? "-", r.lagMillis.map { Self.age($0) } ?? "-",
                                  String(Int(r.eventsPerMinute)), Console.number(Int(r.events)), Console.number(Int(r.duplicates)),
                                  String(r.rateLimited), String(r.gaps), Self.error(r.lastError, at: r.lastErrorAt, now: now)]))
        }
        for r in records {
            if let backfill = r.backfill { Console.out("\(r.integration) \(r.path): \(Self.describe(backfill))") }
        }
        if !inventory.isEmpty {
            Console.out("")
            Console.out(Self.row(["INTEGRATION", "INVENTORY", "LAST SYNC", "CHANGES", "LAST ERROR"], widths: [24, 12, 25, 40]))
            for i in inventory {
                Console.out(Self.row([i.integration, i.failures == 0 ? "ok" : "failing (\(i.failures))", i.lastSuccess?.iso8601 ?? "never",
                                      i.lastChanges ?? "-", i.failures == 0 ? "-" : Self.error(i.lastError, at: i.lastErrorAt, now: now)],
                                     widths: [24, 12, 25, 40]))
            }
        }
        if let updated = records.map(\.updated).max() {
            Console.error("saved \(Self.age(now.millis - updated.millis)) ago")
        }
    }

    /// "3m ago: the error", or "-".
    static func error(_ message: String?, at time: Timestamp?, now: Timestamp) -> String {
        message.map { e in (time.map { "\(age(now.millis - $0.millis)) ago: " } ?? "") + e } ?? "-"
    }

    /// Cells padded to `widths` (at least one space apart); cells past the widths follow unpadded.
    static func row(_ cells: [String], widths: [Int] = [24, 12, 25, 8, 7, 12, 10, 5, 5]) -> String {
        zip(cells, widths).map { $0.padding(toLength: max($1, $0.count + 1), withPad: " ", startingAt: 0) }.joined()
            + (cells.count > widths.count ? cells[widths.count] : "")
    }

    /// `850ms`, `42s`, `3m`, `5h`, `2d`.
    static func age(_ millis: Int64) -> String {
        switch millis {
        case ..<1000: "\(max(0, millis))ms"
        case ..<60_000: "\(millis / 1000)s"
        case ..<3_600_000: "\(millis / 60_000)m"
        case ..<86_400_000: "\(millis / 3_600_000)h"
        default: "\(millis / 86_400_000)d"
        }
    }
}
