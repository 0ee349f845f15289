import Foundation
import VigilEvent

/// Examples for what needs several events (correlations, analytics): `<name>.examples.json` holds `match` and
/// `nomatch`, each a list of event *sequences* (lists of complete LogEvents). Every `match` sequence must raise the
/// correlation or analytic, and no `nomatch` sequence may.
public struct SequenceExamples: Sendable {
    public var match: [[[UInt8]]]
    public var nomatch: [[[UInt8]]]

    public init(contentsOf url: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let root = object as? [String: Any] else { throw ExampleError(reason: "the file must be an object with 'match' and 'nomatch'") }
        func sequences(_ key: String) throws -> [[[UInt8]]] {
            guard let list = root[key] as? [Any] else { throw ExampleError(reason: "'\(key)' must be a list of event sequences") }
            return try list.map { item in
                guard let events = item as? [[String: Any]] else { throw ExampleError(reason: "each '\(key)' entry must be a list of events") }
                return try events.map { Array(try JSONSerialization.data(withJSONObject: $0)) }
            }
        }
        match = try sequences("match")
        nomatch = try sequences("nomatch")
    }

    /// Runs each sequence through a fresh engine from `makeEngine` (then lets a day of event time pass, so absences
    /// are decided) and checks whether an alert with rule id `ruleId` came out; one message per failing sequence.
    public func failures(expecting ruleId: String, makeEngine: () -> DetectionEngine) -> [String] {
        var failures: [String] = []
        for (expected, list) in [(true, match), (false, nomatch)] {
            for (n, sequence) in list.enumerated() {
                var engine = makeEngine()
                let name = "\(expected ? "match" : "nomatch")[\(n)]"
                do {
                    let events = try sequence.map { try OktaEvent(raw: $0, plan: engine.ruleSet.plan) }
                    var alerts = engine.process(events)
                    if let last = engine.watermark { alerts += engine.advance(to: last.adding(seconds: 86_400)) }
                    let raised = alerts.contains { $0.rule.id == ruleId }
                    if raised != expected { failures.append("\(name) (\(events.count) events) \(expected ? "did not raise it" : "raised it")") }
                } catch {
                    failures.append("\(name) holds an invalid event: \(error)")
                }
            }
        }
        if match.isEmpty { failures.append("no 'match' sequence") }
        if nomatch.isEmpty { failures.append("no 'nomatch' sequence") }
        return failures
    }
}

/// The outcome of a correlation's or an analytic's examples.
public struct SequenceExampleReport: Sendable {
    public var name: String
    public var file: URL
    /// Empty when every sequence behaved.
    public var failures: [String]
    public var sequences: Int
}

extension RuleSet {
    /// Runs the examples of every correlation file (`<file name>.examples.json`) against the file's outermost
    /// correlations (those no other correlation in the file builds on), with analytics off.
    public func testCorrelationExamples() -> [SequenceExampleReport] {
        let compiled = correlations.correlations
        var reports: [SequenceExampleReport] = []
        for file in Set(correlationFiles).sorted(by: { $0.path < $1.path }) {
            let inFile = compiled.indices.filter { correlationFiles[$0] == file }
            let inner = Set(inFile.flatMap { i in compiled[i].sources.compactMap { if case .correlation(let k) = $0 { k } else { nil } } })
            let url = RuleFiles.examples(for: file)
            for i in inFile where !inner.contains(i) {
                let c = compiled[i].correlation
                reports.append(Self.run(url, name: c.title, ruleId: c.id ?? c.title) { DetectionEngine(ruleSet: self, analytics: .none) })
            }
        }
        return reports
    }

    static func run(_ url: URL, name: String, ruleId: String, makeEngine: () -> DetectionEngine) -> SequenceExampleReport {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return SequenceExampleReport(name: name, file: url, failures: ["no examples file \(url.lastPathComponent)"], sequences: 0)
        }
        do {
            let examples = try SequenceExamples(contentsOf: url)
            return SequenceExampleReport(name: name, file: url, failures: examples.failures(expecting: ruleId, makeEngine: makeEngine),
                                         sequences: examples.match.count + examples.nomatch.count)
        } catch {
            return SequenceExampleReport(name: name, file: url, failures: ["\(url.lastPathComponent): \(error)"], sequences: 0)
        }
    }

    /// Runs the managed analytics' examples (`okta/analytics/<analytic name>.examples.json` in the managed pack)
    /// with `configuration`.
    public func testAnalyticExamples(configuration: AnalyticsConfiguration = .init()) -> [SequenceExampleReport] {
        let directory = ManagedRules.directory.appendingPathComponent("okta/analytics")
        return configuration.analytics(plan: plan).map { analytic in
            let d = analytic.descriptor
            return Self.run(directory.appendingPathComponent("\(d.name).examples.json"), name: d.title, ruleId: d.id) {
                DetectionEngine(ruleSet: self, analytics: configuration)
            }
        }
    }
}
