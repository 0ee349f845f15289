/// One entry of `target[]`.
public struct EventTarget: Sendable {
    public var actor: EventActor
    /// `detailEntry` as flat string pairs, or null when empty.
    public var detailEntry: [(String, String)]
    /// `changeDetails` `from` and `to`, as flat string pairs; written only when present.
    public var changeDetails: (from: [(String, String)], to: [(String, String)])?

    public init(_ actor: EventActor, detailEntry: [(String, String)] = [],
                changeDetails: (from: [(String, String)], to: [(String, String)])? = nil) {
        self.actor = actor
        self.detailEntry = detailEntry
        self.changeDetails = changeDetails
    }

    public init(id: String, type: String, alternateId: String, displayName: String,
                detailEntry: [(String, String)] = []) {
        self.init(EventActor(id: id, type: type, alternateId: alternateId, displayName: displayName), detailEntry: detailEntry)
    }
}
