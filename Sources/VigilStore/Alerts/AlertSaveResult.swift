/// What `save(alerts:)` did with each alert it was given, in input order.
public struct AlertSaveResult: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A new alert was opened (its id is the incoming alert's id): the one to notify about.
        case opened
        /// The evidence was added to an open alert of the same rule and entity (`alertId` is that alert's id).
        case updated
        /// Nothing new: the alert (same id, same evidence) was stored before.
        case unchanged
    }

    public struct Outcome: Sendable, Equatable {
        /// The id the alert came with.
        public var incomingId: String
        /// The stored alert it now belongs to.
        public var alertId: String
        public var kind: Kind
        /// The stored alert's severity rank before this alert raised it (new evidence made it more severe, e.g. a
        /// push-bombing followed by an accepted push); `nil` when its severity did not rise.
        public var escalatedFrom: Int?

        public init(incomingId: String, alertId: String, kind: Kind, escalatedFrom: Int? = nil) {
            self.incomingId = incomingId
            self.alertId = alertId
            self.kind = kind
            self.escalatedFrom = escalatedFrom
        }
    }

    public var outcomes: [Outcome]

    public init(outcomes: [Outcome] = []) { self.outcomes = outcomes }

    public var opened: [String] { ids(.opened) }
    public var updated: [String] { ids(.updated) }
    /// The outcomes whose stored alert this save made more severe.
    public var escalations: [Outcome] { outcomes.filter { $0.escalatedFrom != nil } }

    private func ids(_ kind: Kind) -> [String] {
        var seen = Set<String>()
        return outcomes.filter { $0.kind == kind && seen.insert($0.alertId).inserted }.map(\.alertId)
    }
}
