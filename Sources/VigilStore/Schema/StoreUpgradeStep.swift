/// One step of upgrading the schema of a store that already held data. Reported because some steps rebuild an
/// index over every stored event (seconds per million events), and a silent start looks like a hang.
public enum StoreUpgradeStep: Sendable, Equatable {
    /// Migration `position` (from 1) of the `count` pending ones is about to run.
    case started(migration: String, position: Int, count: Int)
    case finished(migration: String, seconds: Double)
}

extension StoreUpgradeStep: CustomStringConvertible {
    public var description: String {
        switch self {
        case .started(let migration, let position, let count):
            "upgrading the store, step \(position) of \(count): \(migration)"
        case .finished(let migration, let seconds):
            "upgraded the store: \(migration) took \((seconds * 10).rounded() / 10) s"
        }
    }
}
