import Foundation
import VigilSigma

/// How an organisation tunes detection: rules switched off, severities and thresholds changed, exceptions for
/// known-good users, networks and apps, and where its own rules live. The `detection:` section of Vigil's
/// configuration file (docs/tuning.md).
public struct DetectionTuning: Sendable, Equatable, Decodable {
    /// Directories of the organisation's own Sigma rules, loaded with the managed pack.
    public var rulesDirectories: [String]
    /// Default suppression window: how long after an open alert's last evidence the same rule and entity add to it.
    public var suppressionWindow: TuningDuration
    /// Per rule, by rule id or title.
    public var rules: [String: RuleTuning]
    public var exceptions: [TuningException]

    public init(rulesDirectories: [String] = [], suppressionWindow: TuningDuration = TuningDuration(seconds: 3600),
                rules: [String: RuleTuning] = [:], exceptions: [TuningException] = []) {
        self.rulesDirectories = rulesDirectories
        self.suppressionWindow = suppressionWindow
        self.rules = rules
        self.exceptions = exceptions
    }

    enum CodingKeys: String, CodingKey {
        case rulesDirectories = "rules_directories", suppressionWindow = "suppression_window", rules, exceptions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rulesDirectories: try c.decodeIfPresent([String].self, forKey: .rulesDirectories) ?? [],
                  suppressionWindow: try c.decodeIfPresent(TuningDuration.self, forKey: .suppressionWindow) ?? TuningDuration(seconds: 3600),
                  rules: try c.decodeIfPresent([String: RuleTuning].self, forKey: .rules) ?? [:],
                  exceptions: try c.decodeIfPresent([TuningException].self, forKey: .exceptions) ?? [])
    }

    /// The `detection:` section of a whole configuration file (defaults when the section is absent).
    /// Errors name the key path and what is wrong with it.
    public init(yaml: String) throws(ConfigurationError) {
        self = try ConfigurationFile.section("detection", of: yaml) ?? DetectionTuning()
    }

    /// The tuning of a rule, looked up by id, then by title.
    public func tuning(ruleId: String, title: String? = nil) -> RuleTuning? {
        rules[ruleId] ?? title.flatMap { rules[$0] }
    }

    /// Whether the rule runs: its own setting if tuned, else whether Vigil enables it (status not deprecated).
    public func isEnabled(_ rule: DetectionRule) -> Bool {
        tuning(ruleId: rule.id, title: rule.rule.title)?.enabled ?? rule.isEnabled
    }

    /// A rule's named threshold (`count`, `window` ...) as tuned, for stateful rules; `nil` keeps the rule's own.
    public func threshold(_ name: String, ruleId: String, title: String? = nil) -> Double? {
        tuning(ruleId: ruleId, title: title)?.thresholds[name]
    }

    /// Suppression windows in seconds, by rule id or title, for rules that set their own.
    public var suppressionWindows: [String: Double] {
        rules.compactMapValues { $0.suppressionWindow?.seconds }
    }
}

/// One rule's tuning. Every field is optional: what is not set keeps the rule's own behaviour.
public struct RuleTuning: Sendable, Equatable, Decodable {
    public var enabled: Bool?
    public var severity: SigmaLevel?
    /// Named thresholds for stateful rules (counts, or seconds for windows written as durations).
    public var thresholds: [String: Double]
    public var suppressionWindow: TuningDuration?

    public init(enabled: Bool? = nil, severity: SigmaLevel? = nil, thresholds: [String: Double] = [:], suppressionWindow: TuningDuration? = nil) {
        self.enabled = enabled
        self.severity = severity
        self.thresholds = thresholds
        self.suppressionWindow = suppressionWindow
    }

    enum CodingKeys: String, CodingKey { case enabled, severity, thresholds, suppressionWindow = "suppression_window" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled)
        severity = try c.decodeIfPresent(SigmaLevel.self, forKey: .severity)
        thresholds = try c.decodeIfPresent([String: TuningDuration].self, forKey: .thresholds)?.mapValues(\.seconds) ?? [:]
        suppressionWindow = try c.decodeIfPresent(TuningDuration.self, forKey: .suppressionWindow)
    }
}
