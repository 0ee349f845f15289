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
            the last error. The service saves its status every few seconds and when it stops. Below the table: when \
            the hourly analysis and the daily cycle last ran, and what they found or did.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @OptionGroup var config: ConfigFileOption
    @Flag(help: "Print JSON (one object per integration and path) instead of a table.") var json = false

    func run() throws {
        let (store, _) = try config.openStore(dataDirectory)
        let records = try store.ingestStatus()
        let removed = try store.removedIntegrations()
        if json {
            let objects = records.map { r -> [String: Any] in
                var o: [String: Any] = ["integration": r.integration, "path": r.path, "events_per_minute": r.eventsPerMinute,
                                        "events": r.events, "duplicates": r.duplicates, "rate_limited": r.rateLimited, "gaps": r.gaps,
                                        "removed": removed[r.integration] != nil, "updated": r.updated.iso8601]
                o["last_event"] = r.lastEvent?.iso8601
                o["last_received"] = r.lastReceived?.iso8601
                o["lag_seconds"] = r.lagMillis.map { Double($0) / 1000 }
                o["last_error"] = r.lastError
                o["last_error_at"] = r.lastErrorAt?.iso8601
                return o
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted])
            Console.out(String(decoding: data, as: UTF8.self))
            return
        }
        let now = Timestamp.now()
        defer { printCycles(try? store.lastCycleRuns(), now: now) }
        guard !records.isEmpty else {
            Console.error("no ingestion status yet in \(store.directory.path) (is `vigil serve` running with this data directory?)")
            return
        }
        Console.out(Self.row(["INTEGRATION", "PATH", "LAST EVENT", "LAG", "EV/MIN", "EVENTS", "DUPES", "429s", "GAPS", "LAST ERROR"]))
        for r in records {
            let name = r.integration + (removed[r.integration] != nil ? " (removed)" : "")
            let error = r.lastError.map { e in (r.lastErrorAt.map { "\(Self.age(now.millis - $0.millis)) ago: " } ?? "") + e } ?? "-"
            Console.out(Self.row([name, r.path, r.lastEvent?.iso8601 ?? "-", r.lagMillis.map { Self.age($0) } ?? "-",
                                  String(Int(r.eventsPerMinute)), Console.number(Int(r.events)), Console.number(Int(r.duplicates)),
                                  String(r.rateLimited), String(r.gaps), error]))
        }
        if let updated = records.map(\.updated).max() {
            Console.error("saved \(Self.age(now.millis - updated.millis)) ago")
        }
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
