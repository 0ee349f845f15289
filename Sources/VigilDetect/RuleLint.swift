import Foundation
import VigilEvent
import VigilSigma

/// Checks rule files against the managed-rule conventions (`Rules/README.md`): required metadata, valid and
/// unique UUIDs, well-formed ATT&CK tags, known Okta event types, and that every rule compiles.
public struct RuleLint {
    /// One finding, naming the file and rule.
    public struct Issue: Sendable, CustomStringConvertible {
        public var file: String
        public var rule: String?
        public var problem: String
        public var description: String { SigmaError(file: file, rule: rule, problem: problem).description }
    }

    /// Whether rules must say `author: Vigil` (the managed pack) rather than just name an author.
    public var requireVigilAuthor: Bool
    public var configuration: SigmaConfiguration

    public init(requireVigilAuthor: Bool, configuration: SigmaConfiguration = .init()) {
        self.requireVigilAuthor = requireVigilAuthor
        self.configuration = configuration
    }

    static let tactics: Set<String> = [
        "reconnaissance", "resource-development", "initial-access", "execution", "persistence", "privilege-escalation",
        "defense-evasion", "credential-access", "discovery", "lateral-movement", "collection", "exfiltration",
        "command-and-control", "impact",
        // ATT&CK v18 split Defense Evasion into these two; SigmaHQ rules already use them.
        "stealth", "defense-impairment",
    ]

    /// Whether an `attack.*` tag is a tactic or a technique, group, software, data source, mitigation or asset id.
    static func isWellFormedAttackTag(_ tag: String) -> Bool {
        guard tag.hasPrefix("attack.") else { return false }
        let body = String(tag.dropFirst("attack.".count))
        if tactics.contains(body) { return true }
        return body.wholeMatch(of: /(t\d{4}(\.\d{3})?|[gsma]\d{4}|ds\d{4})/) != nil
    }

    /// Lints every rule file below `directories`.
    public func lint(_ directories: [URL]) -> [Issue] {
        var issues: [Issue] = []
        var parsed: [(SigmaRule, String)] = []
        var correlations: [(SigmaCorrelation, String)] = []
        for directory in directories {
            let files: [URL]
            do {
                files = try RuleFiles.find(in: directory)
            } catch {
                issues.append(Issue(file: directory.path, problem: "cannot read rules: \(error.localizedDescription)"))
                continue
            }
            for file in files {
                do throws(SigmaError) {
                    let sigma = try SigmaFile(contentsOf: file)
                    parsed += sigma.rules.map { ($0, file.path) }
                    correlations += sigma.correlations.map { ($0, file.path) }
                } catch {
                    issues.append(Issue(file: file.path, rule: error.rule, problem: error.problem))
                }
            }
        }
        var seen: [String: String] = [:]
        for (rule, file) in parsed {
            func flag(_ problem: String) { issues.append(Issue(file: file, rule: rule.label, problem: problem)) }
            issues += metadataIssues(rule, file: file)
            if let id = rule.id {
                if let other = seen[id.lowercased()] { flag("duplicate id \(id), also used in \(other)") }
                seen[id.lowercased()] = file
            }
            for eventType in rule.eventTypes where !OktaEventTypeCatalog.contains(eventType) && !eventType.contains("*") {
                let hint = OktaEventTypeCatalog.suggestions(for: eventType)
                flag("event type '\(eventType)' is not in Okta's catalog (\(OktaEventTypeCatalog.release))"
                     + (hint.isEmpty ? "" : "; similar: \(hint.joined(separator: ", "))"))
            }
            do throws(SigmaError) {
                _ = try CompiledRule(rule, plan: FieldPlan.standard.extended(with: rule.fieldPaths), configuration: configuration)
            } catch {
                flag(error.problem)
            }
            if AlertEntity(attribute: rule.vigil["entity"]) == nil {
                flag("vigil.entity must be 'actor' or 'target.<Okta target type>'")
            }
        }
        return issues + correlationIssues(correlations, rules: parsed.map(\.0), seen: &seen)
    }

    private func metadataIssues(_ rule: SigmaRule, file: String) -> [Issue] {
        var problems: [String] = []
        let required: [(String, String?)] = [
            ("status", rule.status), ("description", rule.description), ("author", rule.author), ("date", rule.date),
        ]
        problems += required.filter { $0.1?.isEmpty ?? true }.map { "missing '\($0.0)'" }
        if let id = rule.id {
            if UUID(uuidString: id) == nil { problems.append("id '\(id)' is not a UUID") }
        } else {
            problems.append("missing 'id'")
        }
        if rule.level == nil { problems.append("missing 'level'") }
        if requireVigilAuthor, let author = rule.author, author != "Vigil" { problems.append("author must be 'Vigil', not '\(author)'") }
        if rule.logSource.product?.lowercased() != "okta" || rule.logSource.service?.lowercased() != "okta" {
            problems.append("logsource must be product: okta, service: okta")
        }
        let attack = rule.tags.filter { $0.hasPrefix("attack.") }
        if attack.isEmpty { problems.append("no ATT&CK tag (attack.<tactic> or attack.tNNNN)") }
        for tag in attack where !Self.isWellFormedAttackTag(tag) { problems.append("malformed ATT&CK tag '\(tag)'") }
        if rule.falsePositives.isEmpty { problems.append("missing 'falsepositives'") }
        return problems.map { Issue(file: file, rule: rule.label, problem: $0) }
    }
}
