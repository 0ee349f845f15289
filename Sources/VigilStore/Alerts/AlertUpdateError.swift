/// Why an analyst's change to an alert was refused.
public enum AlertUpdateError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound(String)
    case invalidTransition(id: String, from: AlertStatus, to: AlertStatus)
    case nothingToChange(String)
    case invalidValue(String)

    public var description: String {
        switch self {
        case .notFound(let id): "no alert with id \(id)"
        case .invalidTransition(let id, let from, let to):
            from == to ? "alert \(id) is already \(to)"
                : "alert \(id) cannot go from \(from) to \(to) (allowed: \(from.allowedTransitions.map(\.rawValue).joined(separator: ", ")))"
        case .nothingToChange(let id): "nothing to change on alert \(id): give a status, an assignee or a note"
        case .invalidValue(let m): m
        }
    }
}
