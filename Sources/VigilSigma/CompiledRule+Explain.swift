import VigilEvent

extension CompiledRule {
    /// What made the rule match an event, as one sentence built from the matched selection items and the
    /// event's values, e.g. `eventType is "zone.delete" and client.ipAddress is in 10.0.0.0/8 (actual: "10.1.2.3")`.
    /// Only called for matching events, so it may allocate freely.
    public func explain(_ event: OktaEvent) -> String {
        event.raw.withUnsafeBufferPointer { bytes in
            clauses(condition, event, bytes).joined(separator: " and ")
        }
    }

    private func clauses(_ node: CompiledCondition, _ event: OktaEvent, _ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        switch node {
        case .selection(let index): return clauses(selections[index], event, bytes)
        case .and(let parts): return parts.flatMap { clauses($0, event, bytes) }
        case .or(let parts):
            let lowered = selections.map(MatchNode.init)
            guard let part = parts.first(where: { MatchNode.lower($0, selections: lowered).matches(event.fields, bytes) }) else { return [] }
            return clauses(part, event, bytes)
        case .not(let inner): return ["not (\(describe(inner)))"]
        }
    }

    /// A negated part is named rather than explained: it matched nothing, so there are no values to show.
    private func describe(_ node: CompiledCondition) -> String {
        switch node {
        case .selection(let index): names[index]
        case .and(let parts): parts.map(describe).joined(separator: " and ")
        case .or(let parts): parts.map(describe).joined(separator: " or ")
        case .not(let inner): "not \(describe(inner))"
        }
    }

    private func clauses(_ selection: CompiledSelection, _ event: OktaEvent, _ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        switch selection {
        case .all(let tests): return tests.map { clause($0, event, bytes) }
        case .any(let list):
            guard let first = list.first(where: { MatchNode($0).matches(event.fields, bytes) }) else { return [] }
            return clauses(first, event, bytes)
        case .keywords(let values, _):
            return values.filter { $0.test.matches(bytes, escaped: false) }.map { "the event \($0.phrase)" }
        }
    }

    private func clause(_ test: FieldTest, _ event: OktaEvent, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch test.kind {
        case .exists(let expected): return "\(test.field) \(expected ? "exists" : "is absent")"
        case .null: return "\(test.field) is null or absent"
        case .values(let values, let all, let negated):
            if negated {
                return "\(test.field) " + values.map(\.phrase).joined(separator: " and ")
            }
            let passing = values.compactMap { value in test.firstSpan(passing: value, event.fields, bytes).map { (value, $0) } }
            return (all ? passing : Array(passing.prefix(1))).map { value, span in
                let actual = Self.quote(event.text(span) ?? "")
                let phrase = "\(test.field) \(value.phrase)"
                // The actual value adds nothing when it is the rule's value itself.
                return value.phrase.hasSuffix(" \(actual)") ? phrase : "\(phrase) (actual: \(actual))"
            }.joined(separator: " and ")
        }
    }

    /// Quotes a value for a sentence, shortening very long ones.
    static func quote(_ text: String) -> String {
        let short = text.count > 200 ? text.prefix(200) + "…" : Substring(text)
        return "\"\(short)\""
    }
}
