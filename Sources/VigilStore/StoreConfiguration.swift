/// How the store trades durability, size and speed.
public struct StoreConfiguration: Sendable {
    /// `FULL` makes every commit survive power loss (fsync per commit); `NORMAL` survives a crash of Vigil
    /// itself but may lose the last commits on power loss. Ingestion acknowledges only after a commit, so FULL
    /// is the default, and group commits keep it fast.
    public enum Synchronous: String, Sendable { case full = "FULL", normal = "NORMAL" }

    public var synchronous: Synchronous = .full
    /// SQLite page size for a new database (it cannot change later without a VACUUM).
    public var pageSize = 8192
    /// How many events are gathered to train the compression dictionary, which is trained once.
    public var dictionarySampleCount = 5_000
    public var compressionLevel: Int32 = 3
    /// Events older than this (by `published`) are removed by `enforceRetention`. Okta keeps 90 days.
    public var retentionDays = 90
    /// SQLite page cache per connection, in KiB.
    public var cacheKiB = 65_536
    /// Told about each schema upgrade step when an older store is opened; nil keeps upgrades silent.
    public var upgradeProgress: (@Sendable (StoreUpgradeStep) -> Void)?

    public init() {}
}
