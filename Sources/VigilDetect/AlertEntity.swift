/// Whose alert a rule raises: the event's actor, or its first target of an Okta type (`vigil: {entity: target.User}`).
public enum AlertEntity: Sendable, Equatable, CustomStringConvertible {
    case actor
    case target(String)

    /// Parses the `vigil.entity` attribute; `nil` means it is not one of the accepted forms.
    public init?(attribute: String?) {
        guard let attribute else { self = .actor; return }
        if attribute == "actor" { self = .actor; return }
        guard attribute.hasPrefix("target."), attribute.count > "target.".count else { return nil }
        self = .target(String(attribute.dropFirst("target.".count)))
    }

    public var description: String {
        switch self {
        case .actor: "actor"
        case .target(let type): "target.\(type)"
        }
    }
}
