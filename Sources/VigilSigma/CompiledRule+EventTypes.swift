import VigilEvent

extension CompiledRule {
    /// The lower-cased event types an event must have for the rule to match, or `nil` when the condition does not
    /// pin `eventType` down. Detectors index rules by it, so most rules are never evaluated for most events.
    public var requiredEventTypes: Set<String>? {
        requirement(condition)
    }

    private func requirement(_ node: CompiledCondition) -> Set<String>? {
        switch node {
        case .selection(let index): return requirement(selections[index])
        case .and(let parts):
            // Every part must hold, so any part's requirement applies; several narrow each other.
            let known = parts.compactMap(requirement)
            return known.isEmpty ? nil : known.dropFirst().reduce(known[0]) { $0.intersection($1) }
        case .or(let parts):
            var union = Set<String>()
            for part in parts {
                guard let set = requirement(part) else { return nil }
                union.formUnion(set)
            }
            return union
        case .not: return nil
        }
    }

    private func requirement(_ selection: CompiledSelection) -> Set<String>? {
        switch selection {
        case .all(let tests):
            let known = tests.compactMap(Self.requirement)
            return known.isEmpty ? nil : known.dropFirst().reduce(known[0]) { $0.intersection($1) }
        case .any(let list):
            var union = Set<String>()
            for item in list {
                guard let set = requirement(item) else { return nil }
                union.formUnion(set)
            }
            return union
        case .keywords: return nil
        }
    }

    /// The values of a plain, case-insensitive, wildcard-free `eventType` test.
    private static func requirement(_ test: FieldTest) -> Set<String>? {
        guard test.slot == HotField.eventType.rawValue, case .values(let values, all: false, negated: false) = test.kind else { return nil }
        var set = Set<String>()
        for value in values {
            guard case .pattern(let pattern) = value.test, pattern.shape == .exact, !pattern.caseSensitive else { return nil }
            set.insert(String(decoding: pattern.literal, as: UTF8.self))
        }
        return set
    }
}
