import VigilEvent

/// One thing in an org's inventory as last synced: a user, a user's factor or admin role, a group, an app, a
/// device or an API token, kept as Okta's JSON.
public struct InventoryItem: Sendable, Equatable {
    /// `user`, `factor`, `role`, `group`, `app`, `device`, `apiToken`.
    public var kind: String
    public var id: String
    /// The owning user for factors and roles; empty for top-level items.
    public var parent: String
    /// What people search by: a login, a group or app name.
    public var label: String?
    public var status: String?
    /// Okta's JSON for the item, with keys in a stable order so equal items compare equal.
    public var document: String
    public var firstSeen: Timestamp?
    public var changed: Timestamp?
    public var removed: Timestamp?

    public init(kind: String, id: String, parent: String = "", label: String?, status: String?, document: String) {
        self.kind = kind
        self.id = id
        self.parent = parent
        self.label = label
        self.status = status
        self.document = document
    }
}

/// A recorded difference between two syncs of one item.
public struct InventoryChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case added, updated, removed
        /// Seen again after having been recorded as removed.
        case restored
    }

    public var integration: String
    public var itemKind: String
    public var item: String
    public var parent: String
    public var change: Kind
    /// Top-level fields whose values changed (for `updated`).
    public var fields: [String]
    public var oldStatus: String?
    public var newStatus: String?
    public var at: Timestamp
}

/// What one sync did.
public struct InventoryDiff: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0

    public init() {}
}
