/// Where an alert stands in an analyst's work. `new` and `acknowledged` are open: grouping adds new evidence to
/// them. `resolved` and `falsePositive` are closed: the same rule firing again opens a new alert.
public enum AlertStatus: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case new
    case acknowledged
    case resolved
    case falsePositive = "false_positive"

    public var isOpen: Bool { self == .new || self == .acknowledged }

    /// The statuses an analyst may move an alert to from this one. Closed alerts can be reopened (`new`) or
    /// reclassified (a resolved alert turns out to have been a false positive, or the other way round);
    /// nothing goes back to `new` from `acknowledged`, so an acknowledgement is never silently lost.
    public var allowedTransitions: [AlertStatus] {
        switch self {
        case .new: [.acknowledged, .resolved, .falsePositive]
        case .acknowledged: [.resolved, .falsePositive]
        case .resolved: [.new, .falsePositive]
        case .falsePositive: [.new, .resolved]
        }
    }

    public var description: String { rawValue }
}
