/// A Sigma rule's `level`: how urgent a match is. Vigil calls it the alert's severity.
public enum SigmaLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case informational, low, medium, high, critical

    /// Order of urgency (informational 0 … critical 4), so levels sort, compare and store as numbers.
    public var rank: Int {
        switch self {
        case .informational: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (a: SigmaLevel, b: SigmaLevel) -> Bool { a.rank < b.rank }
}
