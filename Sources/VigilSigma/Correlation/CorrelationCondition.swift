/// A correlation's condition: one or more comparisons of the measured count (AND-ed), and for `value_count`
/// the field whose distinct values are counted.
public struct CorrelationCondition: Sendable, Equatable {
    public enum Operator: String, Sendable, CaseIterable, Codable {
        case gt, gte, lt, lte, eq, neq

        var symbol: String {
            switch self {
            case .gt: ">"
            case .gte: "≥"
            case .lt: "<"
            case .lte: "≤"
            case .eq: "="
            case .neq: "≠"
            }
        }
    }

    public var comparisons: [(op: Operator, value: Int)]
    public var field: String?

    public init(comparisons: [(op: Operator, value: Int)], field: String? = nil) {
        self.comparisons = comparisons
        self.field = field
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.field == b.field && a.comparisons.map(\.op) == b.comparisons.map(\.op) && a.comparisons.map(\.value) == b.comparisons.map(\.value)
    }

    public func holds(_ count: Int) -> Bool {
        comparisons.allSatisfy { c in
            switch c.op {
            case .gt: count > c.value
            case .gte: count >= c.value
            case .lt: count < c.value
            case .lte: count <= c.value
            case .eq: count == c.value
            case .neq: count != c.value
            }
        }
    }

    /// Whether a growing count, once it satisfies the condition, keeps satisfying it until it reaches an upper
    /// bound: only then can the condition be decided as matches arrive. Otherwise (`lt`, `eq`, `neq` alone) it is
    /// decided when the window closes.
    public var decidedOnArrival: Bool { comparisons.contains { $0.op == .gt || $0.op == .gte } }

    /// `≥ 5`, `> 100 and ≤ 200`.
    public var text: String { comparisons.map { "\($0.op.symbol) \($0.value)" }.joined(separator: " and ") }
}
