import Foundation
import VigilEvent
@testable import VigilSigma

/// Builds rules from detection snippets and events from field snippets, for the engine tests.
enum SigmaFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A rule with `detection` (YAML, indented by four spaces per level, without the `detection:` line).
    static func yaml(_ detection: String, title: String = "Test rule") -> String {
        """
        title: \(title)
        id: 5d5c2a0e-0c3e-4c55-9f59-0d8b0e6f6a01
        status: test
        logsource:
            product: okta
            service: okta
        detection:
        \(detection.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        level: medium
        """
    }

    static func rule(_ detection: String, configuration: SigmaConfiguration = .init()) throws -> CompiledRule {
        let parsed = try SigmaFile(yaml: yaml(detection), file: "test.yml").rules[0]
        return try CompiledRule(parsed, plan: FieldPlan.standard.extended(with: parsed.fieldPaths), configuration: configuration)
    }

    /// An event with the required fields and `fields` (JSON members, without braces) after them.
    static func event(_ fields: String = "", type: String = "user.session.start", plan: FieldPlan) throws -> OktaEvent {
        let json = """
            {"uuid":"8a1d1b52-5f4e-11ef-9b3c-0242ac120002","published":"2024-08-20T10:00:00.000Z","eventType":"\(type)"\
            \(fields.isEmpty ? "" : ",")\(fields)}
            """
        return try OktaEvent(raw: Array(json.utf8), plan: plan)
    }

    /// Whether the rule built from `detection` matches an event with `fields`.
    static func matches(_ detection: String, _ fields: String, type: String = "user.session.start",
                        configuration: SigmaConfiguration = .init()) throws -> Bool {
        let compiled = try rule(detection, configuration: configuration)
        return compiled.matches(try event(fields, type: type, plan: compiled.plan))
    }
}

/// Shorthand for `SigmaFixtures.matches` in the tests.
func m(_ detection: String, _ fields: String, type: String = "user.session.start",
       configuration: SigmaConfiguration = .init()) throws -> Bool {
    try SigmaFixtures.matches(detection, fields, type: type, configuration: configuration)
}
