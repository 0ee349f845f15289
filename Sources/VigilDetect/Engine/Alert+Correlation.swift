import VigilEvent
import VigilSigma

extension Alert {
    /// The alert a correlation raises for one match; `event` is the match that completed it (nil when a fixed
    /// window closed on time alone), used when the correlation's entity is the actor or a target.
    init(match: CorrelationMatch, in ruleSet: RuleSet, event: OktaEvent?) {
        let compiled = ruleSet.correlations.correlations[match.correlation]
        let c = compiled.correlation
        let ruleId = c.id ?? c.title
        let groupText = zip(c.groupBy, match.group).map { "\($0)=\($1)" }.joined(separator: ", ")
        let entity: Entity
        if let event, let kind = AlertEntity(attribute: c.vigil["entity"]), c.vigil["entity"] != nil {
            entity = Self.entity(kind, event, targetSlot: ruleSet.plan.slot(for: Self.targetPath))
        } else {
            entity = Entity(type: c.groupBy.isEmpty ? "Tenant" : c.groupBy.joined(separator: "+"),
                            id: match.group.joined(separator: ", "), alternateId: nil)
        }
        self.init(
            id: Self.id(rule: ruleId, events: ["group:" + match.group.joined(separator: "\u{1F}"), match.episode]),
            rule: RuleRef(id: ruleId, title: c.title), severity: c.level ?? .medium, title: c.title, entity: entity,
            events: match.events, firstSeen: match.firstSeen.iso8601, lastSeen: match.lastSeen.iso8601, tags: c.tags,
            why: Self.why(match, compiled, ruleSet: ruleSet, group: groupText))
    }

    static func why(_ match: CorrelationMatch, _ compiled: CorrelationSet.Compiled, ruleSet: RuleSet, group: String) -> String {
        let c = compiled.correlation
        func title(_ position: Int) -> String {
            switch compiled.sources[position] {
            case .rule(let r): "'\(ruleSet.rules[r].rule.title)'"
            case .correlation(let k): "'\(ruleSet.correlations.correlations[k].correlation.title)'"
            }
        }
        let scope = group.isEmpty ? "across the tenant" : "for \(group)"
        let span = "\(clock(match.firstSeen))–\(clock(match.lastSeen))"
        switch c.type {
        case .eventCount:
            let rules = compiled.sources.indices.map(title).joined(separator: " or ")
            return "\(match.measured) matches of \(rules) within \(c.timespanText) \(scope) (\(span); condition \(c.condition.text))"
        case .valueCount:
            let sample = match.values.prefix(5).joined(separator: ", ") + (match.measured > 5 ? ", …" : "")
            return "\(match.measured) distinct \(c.condition.field ?? "values") (\(sample)) within \(c.timespanText) \(scope) (\(span); condition \(c.condition.text))"
        case .temporal, .temporalOrdered:
            var seen = Set<Int>()
            let steps = match.steps.filter { seen.insert($0.position).inserted }
                .map { "\(title($0.position)) at \(clock($0.time))" }
            return steps.joined(separator: c.type == .temporalOrdered ? ", then " : ", ") + " within \(c.timespanText) \(scope)"
        }
    }

    /// `10:42:07Z` for a time, with the date when the reader needs it: alerts span minutes, not days.
    static func clock(_ t: Timestamp) -> String {
        let iso = t.iso8601
        return String(iso.dropFirst(11).prefix(8)) + "Z"
    }
}
