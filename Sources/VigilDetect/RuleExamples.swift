import Foundation
import VigilEvent

/// A rule's example events (`<name>.examples.json` beside it): events under `match` must raise the rule and
/// none under `nomatch` may.
public struct RuleExamples: Sendable {
    /// The raw JSON of each example, byte for byte as in the file.
    public var match: [[UInt8]]
    public var nomatch: [[UInt8]]

    static let sections = FieldPlan(paths: ["match", "nomatch"])

    /// Reads an examples file; the events keep their exact bytes, so they go through the same scan as real traffic.
    public init(contentsOf url: URL) throws {
        let bytes = Array(try Data(contentsOf: url))
        let values = try bytes.withUnsafeBufferPointer { b throws(JSONSyntaxError) in try Self.sections.scan(b).values }
        func events(_ slot: Int) throws -> [[UInt8]] {
            try values.values(slot).map { span in
                guard span.kind == .object else {
                    if span.kind == .array { return [] }  // an empty list
                    throw ExampleError(reason: "'\(Self.sections.paths[slot])' must be a list of event objects")
                }
                return Array(bytes[Int(span.start)..<Int(span.end)])
            }.filter { !$0.isEmpty }
        }
        match = try events(0)
        nomatch = try events(1)
    }

    /// Runs the examples against rule `index` of `ruleSet`; returns one message per failing example.
    public func failures(of index: Int, in ruleSet: RuleSet) -> [String] {
        let rule = ruleSet.rules[index]
        var failures: [String] = []
        for (expected, list) in [(true, match), (false, nomatch)] {
            for (n, raw) in list.enumerated() {
                let name = "\(expected ? "match" : "nomatch")[\(n)]"
                do {
                    let event = try OktaEvent(raw: raw, plan: ruleSet.plan)
                    if rule.compiled.matches(event) != expected {
                        failures.append("\(name) (\(event.uuid)) \(expected ? "did not raise the rule" : "raised the rule")")
                    }
                } catch {
                    failures.append("\(name) is not a valid event: \(error)")
                }
            }
        }
        if match.isEmpty { failures.append("no 'match' example") }
        if nomatch.isEmpty { failures.append("no 'nomatch' example") }
        return failures
    }
}
