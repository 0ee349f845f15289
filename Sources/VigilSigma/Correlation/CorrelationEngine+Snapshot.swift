import Foundation

extension CorrelationEngine {
    /// The engine's windows, keyed by correlation id (title when it has none), so a snapshot survives rules
    /// being added, removed or reordered: windows of correlations that no longer exist are dropped on restore.
    public struct Snapshot: Codable, Sendable {
        public var windows: [String: [String: CorrelationWindow]]
        public var evicted: [String: Int]
    }

    static func key(_ c: SigmaCorrelation) -> String { c.id ?? c.title }

    public func snapshot() -> Snapshot {
        var windows: [String: [String: CorrelationWindow]] = [:], evicted: [String: Int] = [:]
        for (i, compiled) in set.correlations.enumerated() {
            let key = Self.key(compiled.correlation)
            if !groups[i].isEmpty { windows[key] = groups[i] }
            if evictedGroups[i] > 0 { evicted[key] = evictedGroups[i] }
        }
        return Snapshot(windows: windows, evicted: evicted)
    }

    /// Replaces the state with a snapshot's.
    public mutating func restore(_ snapshot: Snapshot) {
        for (i, compiled) in set.correlations.enumerated() {
            let key = Self.key(compiled.correlation)
            groups[i] = snapshot.windows[key] ?? [:]
            evictedGroups[i] = snapshot.evicted[key] ?? 0
        }
    }
}
