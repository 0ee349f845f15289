import Foundation
import Testing
import VigilEvent
import VigilStore

/// `vigil status` (the built binary) shows a running backfill's progress and each integration's inventory sync,
/// as a table and as JSON.
@Suite struct StatusCommandTests {
    /// Runs `vigil ARGUMENTS`; returns its standard output.
    static func vigil(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = ServeProcess.binary
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func showsBackfillProgressAndInventorySyncs() throws {
        let dir = HookFixtures.temporaryDirectory("status")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(directory: dir)
        let reached = Timestamp(millis: 1_795_255_200_000)
        try store.saveIngestStatus([IngestStatusRecord(integration: "acme", path: "poll", events: 1200,
                                                       backfill: BackfillProgress(events: 1200, eventsPerSecond: 310, etaSeconds: 240, reached: reached))])
        try store.recordInventorySuccess(integration: "acme", started: .now(), changes: "user +3 ~0 -0")
        try store.recordInventoryFailure(integration: "beta", started: .now(), error: "Okta answered 401")
        try store.close()

        let table = try Self.vigil(["status", "--data-dir", dir.path])
        #expect(table.contains("acme poll: backfilling: 1,200 events so far at 310/s, reached 2026-11-21T10:00:00.000Z, about 4m to go"), "\(table)")
        #expect(table.contains("user +3 ~0 -0") && table.contains("failing (1)") && table.contains("Okta answered 401"), "\(table)")

        let json = try Self.vigil(["status", "--data-dir", dir.path, "--json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let backfill = try #require(objects.first { $0["path"] as? String == "poll" }?["backfill"] as? [String: Any])
        #expect(backfill["events"] as? Int == 1200 && backfill["eta_seconds"] as? Double == 240, "\(backfill)")
        let inventory = objects.filter { $0["path"] as? String == "inventory" }
        #expect(inventory.map { $0["integration"] as? String } == ["acme", "beta"])
        #expect(inventory.last?["last_error"] as? String == "Okta answered 401")
    }
}
