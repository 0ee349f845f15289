import Foundation
import VigilEvent
import VigilSigma

/// The rules a detector runs, compiled against one field plan that holds the hot fields plus every field any rule
/// reads, so each event is scanned once for storage and all rules.
public struct RuleSet: Sendable {
    public let rules: [DetectionRule]
    /// The plan events must be read with (`EventReader(plan:)`).
    public let plan: FieldPlan
    /// Documents passed over while loading (correlation rules, filters).
    public let notes: [String]
    /// The file each rule came from, by rule index (for examples and messages).
    public let files: [URL]
    /// The correlation rules, resolved against `rules` (rule indexes) and compiled against `plan`.
    public let correlations: CorrelationSet
    /// The file each correlation came from, by correlation index.
    public let correlationFiles: [URL]

    /// Loads the managed pack (unless `managed` is false) and the rule files below `directories`; managed rules and
    /// correlations whose id is in `replacingManaged` are left out (a changed copy is being loaded instead).
    /// Throws every problem found, not just the first, so one run shows an author all that needs fixing.
    public init(directories: [URL] = [], managed: Bool = true, configuration: SigmaConfiguration = .init(),
                replacingManaged replaced: Set<String> = []) throws(RuleSetError) {
        var sources: [(url: URL, managed: Bool)] = []
        var problems: [SigmaError] = []
        for (directory, isManaged) in (managed ? [(ManagedRules.directory, true)] : []) + directories.map({ ($0, false) }) {
            do {
                sources += try RuleFiles.find(in: directory).map { ($0, isManaged) }
            } catch {
                problems.append(SigmaError(file: directory.path, problem: "cannot read rules: \(error.localizedDescription)"))
            }
        }
        var parsed: [(rule: SigmaRule, url: URL, managed: Bool)] = []
        var correlations: [(correlation: SigmaCorrelation, url: URL)] = []
        var notes: [String] = []
        for source in sources {
            do throws(SigmaError) {
                let file = try SigmaFile(contentsOf: source.url)
                func kept(_ id: String?) -> Bool { !source.managed || !replaced.contains(id?.lowercased() ?? "") }
                parsed += file.rules.filter { kept($0.id) }.map { ($0, source.url, source.managed) }
                correlations += file.correlations.filter { kept($0.id) }.map { ($0, source.url) }
                notes += file.notes
            } catch {
                problems.append(error)
            }
        }
        try self.init(parsed: parsed, correlations: correlations, notes: notes, problems: problems, configuration: configuration)
    }

    private init(parsed: [(rule: SigmaRule, url: URL, managed: Bool)], correlations: [(correlation: SigmaCorrelation, url: URL)],
                 notes: [String], problems: [SigmaError], configuration: SigmaConfiguration) throws(RuleSetError) {
        var problems = problems
        var entities: [AlertEntity] = []
        for entry in parsed {
            if let entity = AlertEntity(attribute: entry.rule.vigil["entity"]) {
                entities.append(entity)
            } else {
                entities.append(.actor)
                problems.append(SigmaError(file: entry.url.path, rule: entry.rule.label,
                                           problem: "vigil.entity must be 'actor' or 'target.<Okta target type>', not '\(entry.rule.vigil["entity"] ?? "")'"))
            }
        }
        // Alerts about a target, and the analytics, read the target objects; correlations read their fields.
        let plan = FieldPlan.standard.extended(with: parsed.flatMap(\.rule.fieldPaths) + [Alert.targetPath, SharedDevice.phoneSlot]
                                               + correlations.flatMap(\.correlation.fieldPaths))
        var rules: [DetectionRule] = []
        var files: [URL] = []
        for (entry, entity) in zip(parsed, entities) {
            do throws(SigmaError) {
                let compiled = try CompiledRule(entry.rule, plan: plan, configuration: configuration)
                rules.append(DetectionRule(compiled: compiled, entity: entity, managed: entry.managed))
                files.append(entry.url)
            } catch {
                problems.append(error)
            }
        }
        var correlationSet = CorrelationSet.empty
        if problems.isEmpty {
            do throws(CorrelationSetError) {
                correlationSet = try CorrelationSet(correlations.map(\.correlation), rules: rules.map(\.rule), plan: plan)
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw RuleSetError(problems: problems) }
        self.rules = rules.enumerated().map { i, rule in
            var rule = rule
            rule.standalone = !correlationSet.quietRules.contains(i)
            return rule
        }
        self.correlations = correlationSet
        correlationFiles = correlations.map(\.url)
        self.plan = plan
        self.notes = notes
        self.files = files
    }
}
