import Foundation
import VigilEvent
import VigilSigma

extension RuleLint {
    /// Correlations follow the same conventions as rules (metadata, unique UUIDs, ATT&CK tags) and must resolve:
    /// every referred rule loaded, every field known, no cycles.
    func correlationIssues(_ correlations: [(SigmaCorrelation, String)], rules: [SigmaRule], seen: inout [String: String]) -> [Issue] {
        var issues: [Issue] = []
        for (c, file) in correlations {
            func flag(_ problem: String) { issues.append(Issue(file: file, rule: c.label, problem: problem)) }
            let required: [(String, String?)] = [
                ("status", c.status), ("description", c.description), ("author", c.author), ("date", c.date),
            ]
            for (name, value) in required where value?.isEmpty ?? true { flag("missing '\(name)'") }
            if let id = c.id {
                if UUID(uuidString: id) == nil { flag("id '\(id)' is not a UUID") }
                if let other = seen[id.lowercased()] { flag("duplicate id \(id), also used in \(other)") }
                seen[id.lowercased()] = file
            } else {
                flag("missing 'id'")
            }
            if c.level == nil, c.name == nil { flag("missing 'level'") }
            if requireVigilAuthor, let author = c.author, author != "Vigil" { flag("author must be 'Vigil', not '\(author)'") }
            let attack = c.tags.filter { $0.hasPrefix("attack.") }
            if attack.isEmpty { flag("no ATT&CK tag (attack.<tactic> or attack.tNNNN)") }
            for tag in attack where !Self.isWellFormedAttackTag(tag) { flag("malformed ATT&CK tag '\(tag)'") }
            if c.falsePositives.isEmpty { flag("missing 'falsepositives'") }
            if let entity = c.vigil["entity"], AlertEntity(attribute: entity) == nil {
                flag("vigil.entity must be 'actor' or 'target.<Okta target type>'")
            }
        }
        let plan = FieldPlan.standard.extended(with: rules.flatMap(\.fieldPaths) + correlations.flatMap(\.0.fieldPaths))
        do throws(CorrelationSetError) {
            _ = try CorrelationSet(correlations.map(\.0), rules: rules, plan: plan)
        } catch {
            issues += error.problems.map { Issue(file: $0.file ?? "", rule: $0.rule, problem: $0.problem) }
        }
        return issues
    }
}
