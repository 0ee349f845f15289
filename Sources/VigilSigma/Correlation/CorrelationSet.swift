import VigilEvent

/// Correlations resolved against the rules they refer to and compiled against a field plan: who feeds whom, and
/// where each referred rule's events (or each referred correlation's groups) hold the values to group and count.
public struct CorrelationSet: Sendable {
    /// Where a correlation's referred rule comes from.
    public enum Source: Sendable, Equatable {
        /// A Sigma rule, by index in the rule list given at compile time.
        case rule(Int)
        /// Another correlation, by index in `correlations`.
        case correlation(Int)
    }

    /// How one value of a hit is read.
    enum Reader: Sendable {
        /// The first value of a slot of the matching event.
        case slot(Int)
        /// A group-by value of the referred correlation's match, by index.
        case group(Int)
    }

    /// A class, so the per-match path holds one reference instead of copying the correlation's every field.
    public final class Compiled: Sendable {
        public let correlation: SigmaCorrelation
        /// Per referred rule, in the order written.
        public let sources: [Source]
        /// Per referred rule, a reader per group-by entry.
        let groupReaders: [[Reader]]
        /// Per referred rule, the reader of the counted field (`value_count`).
        let valueReaders: [Reader?]
        /// The window in milliseconds.
        public let span: Int64
        /// Whether the condition is decided as matches arrive (see `CorrelationCondition.decidedOnArrival`).
        let decidedOnArrival: Bool

        init(correlation: SigmaCorrelation, sources: [Source], groupReaders: [[Reader]], valueReaders: [Reader?]) {
            self.correlation = correlation
            self.sources = sources
            self.groupReaders = groupReaders
            self.valueReaders = valueReaders
            span = correlation.timespanMillis
            decidedOnArrival = correlation.condition.decidedOnArrival
        }
    }

    public let correlations: [Compiled]
    /// Rule index → the correlations (and positions in their rule lists) it feeds.
    let feedsFromRule: [Int: [(correlation: Int, position: Int)]]
    /// Correlation index → the correlations it feeds.
    let feedsFromCorrelation: [Int: [(correlation: Int, position: Int)]]
    /// Rules that only serve correlations (referred to by one with `generate: false`), so raise no alert alone.
    public let quietRules: Set<Int>
    /// Correlations that only serve other correlations.
    public let quietCorrelations: Set<Int>

    /// Whether rule `index` feeds any correlation (the engine skips the rest).
    public func feeds(rule index: Int) -> Bool { feedsFromRule[index] != nil }

    /// Resolves and compiles `correlations` against `rules` (by rule index) and `plan`, which must hold every
    /// field the correlations read (`SigmaCorrelation.fieldPaths`). Throws every problem found.
    public init(_ correlations: [SigmaCorrelation], rules: [SigmaRule], plan: FieldPlan) throws(CorrelationSetError) {
        var problems: [SigmaError] = []
        var byReference: [String: Source] = [:]
        for (i, rule) in rules.enumerated() {
            if let id = rule.id { byReference[id.lowercased()] = .rule(i) }
            if let name = rule.name { byReference[name.lowercased()] = .rule(i) }
        }
        for (i, c) in correlations.enumerated() {
            if let id = c.id { byReference[id.lowercased()] = .correlation(i) }
            if let name = c.name { byReference[name.lowercased()] = .correlation(i) }
        }
        var sources: [[Source]] = []
        for c in correlations {
            var resolved: [Source] = []
            for reference in c.rules {
                if let source = byReference[reference.lowercased()] {
                    resolved.append(source)
                } else {
                    problems.append(SigmaError(file: c.file, rule: c.label, problem: "refers to '\(reference)', which is no loaded rule's id or name"))
                }
            }
            sources.append(resolved)
        }
        // A correlation may only build on correlations that do not (even indirectly) build on it.
        for start in correlations.indices {
            var stack = sources[start], seen = Set<Int>()
            while let next = stack.popLast() {
                guard case .correlation(let j) = next, seen.insert(j).inserted else { continue }
                if j == start {
                    problems.append(SigmaError(file: correlations[start].file, rule: correlations[start].label,
                                               problem: "correlations refer to each other in a cycle"))
                    break
                }
                stack += sources[j]
            }
        }
        guard problems.isEmpty else { throw CorrelationSetError(problems: problems) }

        var compiled: [Compiled] = []
        var fromRule: [Int: [(Int, Int)]] = [:], fromCorrelation: [Int: [(Int, Int)]] = [:]
        var quietRules = Set<Int>(), quietCorrelations = Set<Int>()
        for (ci, c) in correlations.enumerated() {
            var groupReaders: [[Reader]] = [], valueReaders: [Reader?] = []
            for (position, source) in sources[ci].enumerated() {
                let names: [String]
                switch source {
                case .rule(let r): names = [c.rules[position], rules[r].name, rules[r].id].compactMap { $0 }
                case .correlation(let k): names = [c.rules[position], correlations[k].name, correlations[k].id].compactMap { $0 }
                }
                func reader(_ field: String) -> Reader? {
                    switch source {
                    case .rule:
                        guard let slot = plan.slot(for: field) else {
                            problems.append(SigmaError(file: c.file, rule: c.label, problem: "field '\(field)' is not in the field plan"))
                            return nil
                        }
                        return .slot(slot)
                    case .correlation(let k):
                        guard let index = correlations[k].groupBy.firstIndex(where: { $0.lowercased() == field.lowercased() }) else {
                            problems.append(SigmaError(file: c.file, rule: c.label, problem:
                                "'\(field)' is not a group-by field of the referred correlation \(correlations[k].label)"))
                            return nil
                        }
                        return .group(index)
                    }
                }
                groupReaders.append(c.groupBy.compactMap { reader(c.field($0, for: names)) })
                valueReaders.append(c.condition.field.flatMap { reader(c.field($0, for: names)) })
                switch source {
                case .rule(let r):
                    fromRule[r, default: []].append((ci, position))
                    if !c.generate { quietRules.insert(r) }
                case .correlation(let k):
                    fromCorrelation[k, default: []].append((ci, position))
                    if !c.generate { quietCorrelations.insert(k) }
                }
            }
            compiled.append(Compiled(correlation: c, sources: sources[ci], groupReaders: groupReaders, valueReaders: valueReaders))
        }
        guard problems.isEmpty else { throw CorrelationSetError(problems: problems) }
        self.correlations = compiled
        feedsFromRule = fromRule
        feedsFromCorrelation = fromCorrelation
        self.quietRules = quietRules
        self.quietCorrelations = quietCorrelations
    }

    public static let empty = try! CorrelationSet([], rules: [], plan: .standard)
}

/// Correlations that cannot be resolved or compiled; each problem names the file and correlation.
public struct CorrelationSetError: Error, Sendable {
    public var problems: [SigmaError]
}
