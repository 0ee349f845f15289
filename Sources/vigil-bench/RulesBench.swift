import ArgumentParser
import Foundation
import VigilDetect
import VigilEvent
import VigilSigma

/// Detection throughput: bytes in, every event decoded, indexed and run through the detection engine (every
/// enabled rule, the correlations and the analytics), on one core.
struct RulesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Events/s for decode + all rules, correlations and analytics (run under `taskset -c 1` for one core), and matches per rule.",
        discussion: "The input is read into memory first; only reading (shape detection, validation, indexing) and detection are timed. --stateless measures the single-event rules alone. Prints JSON on the last line for scripts.")

    @Option(help: "NDJSON (or any input shape) to read.") var input: String
    @Option(name: .customLong("rules"), help: ArgumentHelp("Rule directory; repeatable.", valueName: "DIR")) var directories: [String] = []
    @Flag(name: .customLong("no-managed"), help: "Leave out the managed rule pack.") var noManaged = false
    @Option(name: .customLong("placeholder"), help: ArgumentHelp("A %NAME% placeholder value; repeatable.", valueName: "NAME=VALUE"))
    var placeholders: [String] = []
    @Option(help: "Repetitions; the best and the median are reported.") var runs: Int = 3
    @Flag(help: "Only read the events with the rule set's plan, without evaluating rules (splits the cost).")
    var scanOnly = false
    @Flag(help: "Single-event rules only: no correlations, no analytics (the figure before stateful detection).")
    var stateless = false
    @Option(help: "Events per batch handed to the engine, as the ingestion pipeline batches them.") var batch = 2_000
    @Flag(help: "Only print the count and digest of the engine's alerts over the input (no timing): compare it before and after a change to detection.")
    var digestOnly = false

    func run() throws {
        var values: [String: [String]] = [:]
        for p in placeholders {
            let parts = p.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--placeholder takes NAME=VALUE") }
            values[parts[0], default: []].append(parts[1])
        }
        let set = try RuleSet(directories: directories.map { URL(fileURLWithPath: $0) }, managed: !noManaged,
                              configuration: SigmaConfiguration(placeholders: values))
        let detector = Detector(ruleSet: set)
        let rules = detector.active
        let chunks = BenchInput.chunks(try BenchInput.load(input))
        if digestOnly { return print("alerts: \(Self.digest(chunks, set: set, batch: batch).text)") }
        var times: [Double] = [], events = 0, alertCount = 0
        // The wall clock moves with the hypervisor's steal; the CPU time of the least costly run does much less.
        var leastCPU = Double.infinity, cpu = ""
        var matches = [Int](repeating: 0, count: rules.count)
        // Read once: a flag's property wrapper getter, called per event, showed up in the profile.
        let (scanOnly, stateless) = (self.scanOnly, self.stateless)
        for _ in 0..<max(1, runs) {
            var reader = EventReader(plan: set.plan)
            var engine = DetectionEngine(ruleSet: set)
            var count = 0, raised = 0
            var hits = [Int](repeating: 0, count: rules.count)
            var pending: [OktaEvent] = []
            pending.reserveCapacity(batch)
            let meter = CPUMeter()
            times.append(BenchInput.time {
                for (i, chunk) in chunks.enumerated() {
                    reader.feed(chunk, isFinal: i == chunks.count - 1) { output in
                        guard case .event(let event) = output else { return }
                        count += 1
                        if scanOnly { return }
                        if stateless { detector.forEachMatch(event) { hits[$0] += 1 }; return }
                        pending.append(event)
                        if pending.count >= batch { raised += engine.process(pending).count; pending.removeAll(keepingCapacity: true) }
                    }
                }
                if !pending.isEmpty { raised += engine.process(pending).count }
            })
            if meter.seconds < leastCPU { (leastCPU, cpu) = (meter.seconds, meter.summary(events: count, what: "the run that used least")) }
            events = count
            matches = hits
            alertCount = raised
        }
        // Evaluation alone, over all events decoded beforehand: they no longer sit in the cache as they do right
        // after decoding, so this is an upper bound on the per-event cost of the rules.
        let decoded = EventReader.read(chunks.flatMap { $0 }, plan: set.plan).events
        var evalBest = Double.infinity
        for _ in 0..<max(1, runs) {
            var n = 0
            var engine = DetectionEngine(ruleSet: set)
            evalBest = min(evalBest, BenchInput.time {
                if stateless {
                    for event in decoded { detector.forEachMatch(event) { _ in n += 1 } }
                } else {
                    for start in stride(from: 0, to: decoded.count, by: batch) {
                        n += engine.process(Array(decoded[start..<min(start + batch, decoded.count)])).count
                    }
                }
            })
        }
        if !stateless && !scanOnly { print("alerts: \(Self.digest(chunks, set: set, batch: batch).text)") }
        if stateless {
            for (rule, n) in zip(rules, matches) { print("\(String(n).padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.rule.title)") }
        }
        print(String(format: "evaluation only (cache-cold events): %.0f ns/event (%@ events/s)", evalBest / Double(max(decoded.count, 1)) * 1e9,
                     rate(decoded.count, evalBest)))
        let what = scanOnly ? "decode with the rules' plan, no evaluation" : stateless ? "decode + all single-event rules"
            : "decode + all rules, \(set.correlations.correlations.count) correlations, \(AnalyticsConfiguration().analytics(plan: set.plan).count) analytics; \(alertCount) alerts"
        let best = times.min() ?? .infinity
        print("rules: \(rules.count) rules, \(events) events, \(matches.reduce(0, +)) matches, \(rate(events, best)) events/s (\(what)); "
              + "best of \(times.count), median \(medianRate(events, times)) events/s")
        print(cpu)
        let perRule = Dictionary(uniqueKeysWithValues: zip(rules.map(\.id), matches))
        let json = try JSONSerialization.data(withJSONObject: [
            "engine": "vigil", "events": events, "seconds": best, "events_per_second": Double(events) / best, "matches": perRule,
        ] as [String: Any], options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    /// Every alert of one engine over the input in batches as the timed run makes them, digested.
    static func digest(_ chunks: [[UInt8]], set: RuleSet, batch: Int) -> AlertDigest {
        let decoded = EventReader.read(chunks.flatMap { $0 }, plan: set.plan).events
        var engine = DetectionEngine(ruleSet: set)
        var digest = AlertDigest()
        for start in stride(from: 0, to: decoded.count, by: batch) {
            digest.add(engine.process(Array(decoded[start..<min(start + batch, decoded.count)])))
        }
        return digest
    }
}
