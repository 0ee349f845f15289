/// A Sigma detection rule as written: metadata, detection and condition, not yet compiled.
///
/// This is the *model* (what the YAML says); `SigmaCondition` is the parsed condition and `CompiledRule` the
/// matcher built from both, following pySigma's split between rule, condition parsing and backend.
public struct SigmaRule: Sendable {
    public var title: String
    /// The rule's UUID as written (`nil` when missing; lint reports it).
    public var id: String?
    public var name: String?
    public var status: String?
    public var description: String?
    public var author: String?
    public var date: String?
    public var modified: String?
    public var references: [String]
    public var tags: [String]
    public var falsePositives: [String]
    public var level: SigmaLevel?
    public var logSource: SigmaLogSource
    /// Search identifiers in the order they are written.
    public var detections: [(name: String, detection: SigmaDetection)]
    /// The condition(s) as written; several are OR-ed.
    public var conditions: [String]
    /// Vigil's custom attributes (`vigil:` mapping), scalar values only.
    public var vigil: [String: String]
    /// Where the rule was read from, for messages.
    public var file: String?

    /// How messages name the rule: title and id.
    public var label: String { id.map { "'\(title)' (\($0))" } ?? "'\(title)'" }

    /// Every field path the detections read, as written.
    public var fieldPaths: [String] { detections.flatMap(\.detection.fieldPaths) }

    /// The detection of a search identifier.
    public func detection(named name: String) -> SigmaDetection? {
        detections.first { $0.name == name }?.detection
    }

    /// Event types the rule requires, gathered from plain `eventType` items (any spelling of the field name).
    public var eventTypes: [String] {
        var out: [String] = []
        func visit(_ d: SigmaDetection) {
            switch d {
            case .fields(let items):
                for item in items where item.field.lowercased() == "eventtype" && item.modifiers.isEmpty {
                    out += item.values.compactMap(\.text)
                }
            case .anyOf(let list): list.forEach(visit)
            case .keywords: break
            }
        }
        detections.forEach { visit($0.detection) }
        return out
    }
}
