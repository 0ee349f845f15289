import VigilEvent

/// A SCIM filter expression as Okta's list endpoints take it in `filter` and `search`: `eq ne co sw ew gt ge lt le pr`,
/// `and`, `or`, `not (…)` and parentheses (`eventType eq "user.session.start" and outcome.result eq "FAILURE"`).
indirect enum SCIMFilter: Sendable, Equatable {
    case compare(path: String, op: Operator, value: String?)
    case and(SCIMFilter, SCIMFilter)
    case or(SCIMFilter, SCIMFilter)
    case not(SCIMFilter)

    enum Operator: String, Sendable, CaseIterable {
        case eq, ne, co, sw, ew, gt, ge, lt, le, pr
    }

    /// Parses `text`, throwing a reason fit for a 400 when it is not a filter.
    init(parsing text: String) throws(SCIMFilterError) {
        var parser = SCIMFilterParser(tokens: try SCIMFilterLexer.tokens(of: text))
        self = try parser.parseExpression()
        guard parser.atEnd else { throw SCIMFilterError(reason: "unexpected '\(parser.peekText)'") }
    }

    /// The attribute paths the filter reads.
    var paths: [String] {
        switch self {
        case .compare(let path, _, _): [path]
        case .and(let a, let b), .or(let a, let b): a.paths + b.paths
        case .not(let a): a.paths
        }
    }

    /// Whether a resource whose attribute values `resolve` gives (several for arrays such as `target.id`) matches.
    func matches(_ resolve: (String) -> [String]) -> Bool {
        switch self {
        case .and(let a, let b): a.matches(resolve) && b.matches(resolve)
        case .or(let a, let b): a.matches(resolve) || b.matches(resolve)
        case .not(let a): !a.matches(resolve)
        case .compare(let path, let op, let value):
            Self.compare(resolve(path), op, value)
        }
    }

    private static func compare(_ values: [String], _ op: Operator, _ value: String?) -> Bool {
        if op == .pr { return !values.isEmpty }
        guard let value else {
            // `eq null` matches an absent or null attribute.
            return op == .eq ? values.isEmpty : op == .ne ? !values.isEmpty : false
        }
        if op == .ne { return !values.contains { $0 == value } }
        return values.contains { actual in
            switch op {
            case .eq: actual == value
            case .co: actual.lowercased().contains(value.lowercased())
            case .sw: actual.lowercased().hasPrefix(value.lowercased())
            case .ew: actual.lowercased().hasSuffix(value.lowercased())
            case .gt, .ge, .lt, .le: ordered(actual, value, op)
            case .ne, .pr: false
            }
        }
    }

    /// Dates compare as instants, numbers as numbers, the rest as text.
    private static func ordered(_ a: String, _ b: String, _ op: Operator) -> Bool {
        let order: Int
        if let x = Timestamp(iso8601: a), let y = Timestamp(iso8601: b) {
            order = x.millis < y.millis ? -1 : x.millis > y.millis ? 1 : 0
        } else if let x = Double(a), let y = Double(b) {
            order = x < y ? -1 : x > y ? 1 : 0
        } else {
            order = a < b ? -1 : a > b ? 1 : 0
        }
        switch op {
        case .gt: return order > 0
        case .ge: return order >= 0
        case .lt: return order < 0
        default: return order <= 0
        }
    }
}

/// Why a filter could not be parsed.
struct SCIMFilterError: Error, Sendable {
    let reason: String
}
