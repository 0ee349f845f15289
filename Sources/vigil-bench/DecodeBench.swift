import ArgumentParser
import VigilDetect
import VigilEvent

/// Decoding and indexing: bytes in, `OktaEvent`s (raw JSON + field index) out, on the calling core.
struct DecodeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Events/s for reading and indexing events (run under `taskset -c 1` for one core).")

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// The full reader: shape detection, validation, indexing, one `OktaEvent` per event.
        case reader
        /// Only the validating scan with the standard plan, over lines split beforehand.
        case scan
        /// The validating scan with a three-field plan: the floor set by JSON validation alone.
        case minimal
    }

    @Option(help: "NDJSON (or any input shape) to read.") var input: String
    @Option(help: "Repetitions; the best and the median are reported.") var runs: Int = 3
    @Option(help: "What to time: \(Mode.allCases.map(\.rawValue).joined(separator: ", ")).") var mode: Mode = .reader
    @Flag(help: "Read with the managed rule set's plan (every field a rule reads) instead of the standard one.")
    var rulesPlan = false

    func run() throws {
        let bytes = try BenchInput.load(input)
        let plan = rulesPlan ? try RuleSet().plan : FieldPlan.standard
        var times: [Double] = [], events = 0, rejected = 0
        switch mode {
        case .reader:
            let chunks = BenchInput.chunks(bytes)
            for _ in 0..<max(1, runs) {
                var reader = EventReader(plan: plan)
                var count = 0
                times.append(BenchInput.time {
                    for (i, chunk) in chunks.enumerated() {
                        reader.feed(chunk, isFinal: i == chunks.count - 1) { if case .event = $0 { count += 1 } }
                    }
                })
                events = count
                rejected = reader.stats.rejected
            }
        case .scan, .minimal:
            let plan = mode == .scan ? plan : FieldPlan(paths: ["uuid", "published", "eventType"])
            let lines = bytes.split(separator: 0x0A).map(Array.init)
            for _ in 0..<max(1, runs) {
                var count = 0
                times.append(BenchInput.time {
                    for line in lines where (try? plan.scan(line)) != nil { count += 1 }
                })
                events = count
            }
        }
        let best = times.min() ?? .infinity
        print("decode (\(mode.rawValue), \(plan.slotCount)-field plan): \(events) events (\(rejected) rejected), \(bytes.count / max(events, 1)) B/event, "
              + "\(rate(events, best)) events/s, \(String(format: "%.0f", Double(bytes.count) / best / 1e6)) MB/s "
              + "(best of \(times.count); median \(medianRate(events, times)) events/s)")
    }
}
