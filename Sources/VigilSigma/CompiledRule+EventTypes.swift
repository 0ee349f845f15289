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
        case .and(let parts): return Self.all(parts.map(requirement))
        case .or(let parts): return Self.any(parts.map(requirement))
        case .not: return nil
        }
    }

    private func requirement(_ selection: CompiledSelection) -> Set<String>? {
        switch selection {
        case .all(let tests): return Self.all(tests.map(Self.requirement))
        case .any(let list): return Self.any(list.map(requirement))
        case .keywords: return nil
        }
    }

    /// Parts that must all hold: any part's requirement applies, and several narrow each other.
    private static func all(_ requirements: [Set<String>?]) -> Set<String>? {
        let known = requirements.compactMap { $0 }
        return known.isEmpty ? nil : known.dropFirst().reduce(known[0]) { $0.intersection($1) }
    }

    /// Alternatives: the union of their requirements, unless one of them allows any type.
    private static func any(_ requirements: [Set<String>?]) -> Set<String>? {
        var union = Set<String>()
        for requirement in requirements {
            guard let set = requirement else { return nil }
            union.formUnion(set)
        }
        return union
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
