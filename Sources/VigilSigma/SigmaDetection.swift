/// One search identifier's definition in a rule's `detection` section.
public indirect enum SigmaDetection: Sendable, Equatable {
    /// A map: every item must match (AND).
    case fields([SigmaFieldItem])
    /// A list of maps: any of them must match (OR).
    case anyOf([SigmaDetection])
    /// Keyword search: values without a field, matched anywhere in the event (OR, or AND with `|all`).
    case keywords([SigmaValue], all: Bool)

    /// Every field path the detection reads.
    var fieldPaths: [String] {
        switch self {
        case .fields(let items): items.map(\.field)
        case .anyOf(let detections): detections.flatMap(\.fieldPaths)
        case .keywords: []
        }
    }
}

/// `field|modifier|...: value(s)` inside a map.
public struct SigmaFieldItem: Sendable, Equatable {
    /// The dotted field path as written (matched case-insensitively).
    public var field: String
    public var modifiers: [SigmaModifier]
    /// The values; more than one are OR-ed unless `all` is among the modifiers.
    public var values: [SigmaValue]

    public init(field: String, modifiers: [SigmaModifier] = [], values: [SigmaValue]) {
        self.field = field
        self.modifiers = modifiers
        self.values = values
    }
}
