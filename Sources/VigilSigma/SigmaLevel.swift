/// A Sigma rule's `level`: how urgent a match is. Vigil calls it the alert's severity.
public enum SigmaLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case informational, low, medium, high, critical

    /// Order of urgency, so levels sort and compare.
    var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: SigmaLevel, b: SigmaLevel) -> Bool { a.rank < b.rank }
}
