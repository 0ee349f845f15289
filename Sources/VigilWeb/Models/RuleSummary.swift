import Foundation
import VigilDetect
import VigilEvent
import VigilStore

/// A detection rule as the rules page and API show it.
struct RuleSummary: Codable, Sendable {
    var id: String
    var title: String
    var description: String?
    var severity: String
    var status: String?
    /// The effective switch: the UI's setting if someone flipped it, else the rule file's status.
    var enabled: Bool
    var managed: Bool
    var tags: [String]
    var eventTypes: [String]
    var falsePositives: [String]
    var file: String
    var lastFired: String?
    var examples: Int
    var exampleFailures: [String]

    init(_ rule: DetectionRule, file: URL, settings: [String: Bool], lastFired: [String: Timestamp], report: RuleSet.ExampleReport?) {
        id = rule.id
        title = rule.rule.title
        description = rule.rule.description
        severity = rule.severity.rawValue
        status = rule.rule.status
        // A switch can only turn a rule off: the detector never loads rules its file marks deprecated/unsupported.
        enabled = rule.isEnabled && settings[rule.id] != false
        managed = rule.managed
        tags = rule.rule.tags
        eventTypes = rule.rule.eventTypes
        falsePositives = rule.rule.falsePositives
        self.file = file.lastPathComponent
        self.lastFired = lastFired[rule.id]?.iso8601
        examples = report?.examples ?? 0
        exampleFailures = report?.failures ?? []
    }
}

/// The outcome of testing one rule against a posted event.
struct RuleTestResult: Codable, Sendable {
    var ruleId: String
    var matched: Bool
    /// What matched, with the event's values (empty when it did not match).
    var explanation: String
    var eventType: String
    var uuid: String
}
