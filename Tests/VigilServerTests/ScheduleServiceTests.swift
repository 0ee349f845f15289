import Foundation
import Testing
import VigilConfig
import VigilStore
@testable import VigilServer

/// The service runs the hourly analysis and the daily cycle, and `vigil status` shows their last runs.
@Suite struct ScheduleServiceTests {
    @Test func theServiceRunsBothCyclesAndStatusShowsThem() async throws {
        let dir = HookFixtures.temporaryDirectory("schedule")
        defer { try? FileManager.default.removeItem(at: dir) }
        var components = VigilService.Components()
        components.scheduleIntervals = (.milliseconds(100), .milliseconds(150))
        let service = try VigilService(configuration: VigilConfiguration(dataDirectory: dir.path), components: components)
        let running = Task { try await service.runIngestion() }
        var runs: [String: CycleRun] = [:]
        for _ in 0..<500 where runs.count < 2 {
            try await Task.sleep(for: .milliseconds(20))
            runs = (try? service.store.lastCycleRuns()) ?? [:]
        }
        running.cancel()
        _ = await running.result
        #expect(runs["hourly"]?.error == nil && runs["hourly"]?.eventsRead == 0)
        #expect(runs["daily"]?.detail?.hasPrefix("retention: 0 event(s) published before ") == true)

        let status = Process()
        status.executableURL = ServeProcess.binary
        status.arguments = ["status", "--data-dir", dir.path]
        let pipe = Pipe()
        status.standardOutput = pipe
        status.standardError = FileHandle.nullDevice
        try status.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        status.waitUntilExit()
        #expect(status.terminationStatus == 0)
        #expect(output.contains("hourly analysis: last ran ") && output.contains("0 events re-read, 0 new alert(s), 0 updated"), "\(output)")
        #expect(output.contains("daily cycle: last ran ") && output.contains("retention: 0 event(s)"), "\(output)")
    }
}
