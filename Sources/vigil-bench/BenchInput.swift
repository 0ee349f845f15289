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
        return seconds(ContinuousClock.now - start)
    }

    /// The median time of `runs` calls of `body`.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try time(body)) }
        return times.sorted()[runs / 2]
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// The machine's load averages, printed with wall-clock figures: on a shared machine they say how far to trust them.
    static var loadNote: String {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ")
        return "(load average \(load ?? "unknown") at the end: on a shared machine, wall-clock figures vary run to run)"
    }

    /// CPU time (user + system, all threads) this process has used, in seconds. Time the hypervisor steals from
    /// the VM does not count in it, so CPU per event stays comparable across runs when wall-clock figures do not.
    static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The machine's CPU time so far, all and stolen by the hypervisor (`/proc/stat`, in clock ticks).
    static var machineTicks: (all: Double, stolen: Double) {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return (0, 0) }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        return (ticks.prefix(8).reduce(0, +), ticks.count > 7 ? ticks[7] : 0)
    }

    /// "N% stolen" over the ticks since `start` (a `machineTicks` reading).
    static func stolenNote(since start: (all: Double, stolen: Double)) -> String {
        let end = machineTicks
        let all = end.all - start.all
        return all > 0 ? String(format: "%.0f%% of the machine's CPU time stolen by the hypervisor meanwhile", 100 * (end.stolen - start.stolen) / all) : "steal unknown"
    }

    /// Seconds taken by `body`, measured with a monotonic clock.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        return seconds(ContinuousClock.now - start)
    }
}

func rate(_ count: Int, _ seconds: Double) -> String {
    String(format: "%.0f", Double(count) / seconds)
}
