import Foundation

/// The CPU time this process uses over a measured stretch, and the share of the machine's time the hypervisor
/// stole meanwhile: on a shared VM wall-clock figures move by large factors between runs, while CPU per event
/// stays comparable, and the steal says how far to trust the wall clock.
struct CPUMeter {
    private let startSeconds = Self.processSeconds
    private let startTicks = Self.machineTicks

    /// "CPU: 1.23 s, 4.5 µs per event; 6% of the machine's CPU time stolen by the hypervisor meanwhile", for the
    /// time since the meter was made; `what` names what the CPU time covers.
    func summary(events: Int, what: String = "") -> String {
        let cpu = seconds
        let end = Self.machineTicks
        let all = end.all - startTicks.all
        let stolen = all > 0 ? String(format: "%.0f%% of the machine's CPU time stolen by the hypervisor meanwhile",
                                      100 * (end.stolen - startTicks.stolen) / all) : "steal unknown"
        return String(format: "CPU: %.2f s%@, %.1f µs per event; %@", cpu, what.isEmpty ? "" : " (\(what))",
                      cpu / Double(max(events, 1)) * 1e6, stolen)
    }

    /// CPU time this process has used since the meter was made, in seconds.
    var seconds: Double { Self.processSeconds - startSeconds }

    /// CPU time (user + system, all threads) this process has used, in seconds.
    private static var processSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The machine's CPU time so far, all and stolen by the hypervisor (`/proc/stat`, in clock ticks).
    private static var machineTicks: (all: Double, stolen: Double) {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return (0, 0) }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        return (ticks.prefix(8).reduce(0, +), ticks.count > 7 ? ticks[7] : 0)
    }
}
