/// One line of `validate()`: what was checked, how it went, and for a failure what to change.
public struct OktaSetupCheck: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        case passed, warning, failed
        /// Not checked because an earlier check failed (no reachability, rejected credentials).
        case skipped
    }

    /// `reachability`, `credentials`, `clock`, or the feature: `logs`, `users`, `event hooks`, `log streams`.
    public var name: String
    public var outcome: Outcome
    public var detail: String
    public var fix: String?

    public init(_ name: String, _ outcome: Outcome, _ detail: String, fix: String? = nil) {
        self.name = name
        self.outcome = outcome
        self.detail = detail
        self.fix = fix
    }
}

/// Everything `validate()` found for one org.
public struct OktaSetupReport: Sendable, Equatable {
    public var checks: [OktaSetupCheck]
    /// Local clock minus the org's (from `Date`), when known.
    public var clockSkew: Double?

    /// No check failed (warnings allowed).
    public var isUsable: Bool { !checks.contains { $0.outcome == .failed } }

    public func check(_ name: String) -> OktaSetupCheck? { checks.first { $0.name == name } }
}
