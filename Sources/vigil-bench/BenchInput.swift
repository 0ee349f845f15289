import Foundation
import VigilEvent

/// Loads a benchmark input file into memory so that timings measure Vigil, not the disk.
enum BenchInput {
    static func load(_ path: String) throws -> [UInt8] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Array(data)
    }

    /// Splits input into chunks as a file reader would deliver them.
    static func chunks(_ bytes: [UInt8], size: Int = 4 << 20) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }

    static func timeAsync(_ body: () async throws -> Void) async rethrows -> Double {
        let start = ContinuousClock.now
        try await body()
        return (ContinuousClock.now - start).seconds
    }

    /// The median time of `runs` calls of `body`.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try time(body)) }
        return median(times)
    }

    /// The median of some runs' times (the upper one of an even count).
    static func median(_ times: [Double]) -> Double {
        times.sorted()[times.count / 2]
    }

    /// The machine's load averages, printed with wall-clock figures: on a shared machine they say how far to trust them.
    static var loadNote: String {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ")
        return "(load average \(load ?? "unknown") at the end: on a shared machine, wall-clock figures vary run to run)"
    }

    /// Seconds taken by `body`, measured with a monotonic clock.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        return (ContinuousClock.now - start).seconds
    }
}

func rate(_ count: Int, _ seconds: Double) -> String {
    String(format: "%.0f", Double(count) / seconds)
}

/// The median rate over several runs' times, printed beside the best: on a shared VM whose speed swings from
/// minute to minute, the best says what the code can do and the median how far to trust it.
func medianRate(_ count: Int, _ times: [Double]) -> String {
    times.isEmpty ? "-" : rate(count, BenchInput.median(times))
}
