import Foundation
import VigilEvent
import VigilSigma

extension DetectionEngine {
    /// The engine's state as persisted: correlation windows by correlation id, each analytic's state by name.
    struct State: Codable {
        static let currentVersion = 1
        var version = currentVersion
        var watermark: Int64?
        var eventsProcessed: Int
        var correlations: CorrelationEngine.Snapshot
        var analytics: [String: Data]
    }

    /// The state, encoded (JSON); `restore` reads it back, into an engine with the same or changed rules: windows of
    /// correlations and analytics that no longer exist are dropped, new ones start empty.
    public func snapshot() throws -> Data {
        var states: [String: Data] = [:]
        for analytic in analytics { states[analytic.descriptor.name] = try analytic.snapshot() }
        // Written as `State`'s `Codable` form would be (analytics' states base64-encoded, as `JSONEncoder` writes
        // `Data`), but directly: the correlation windows are most of it, and `JSONEncoder` was slow on them.
        var w = JSONWriter(capacity: 1 << 16)
        w.object { w in
            w.field("version", int: State.currentVersion)
            if let watermark { w.field("watermark", int: watermark.millis) }
            w.field("eventsProcessed", int: eventsProcessed)
            w.field("correlations") { correlations.snapshot().write(to: &$0) }
            w.field("analytics") { w in
                w.object { w in for (name, state) in states { w.field(name, string: state.base64EncodedString()) } }
            }
        }
        return Data(w.bytes)
    }

    public mutating func restore(_ data: Data) throws {
        let state: State
        do {
            state = try JSONDecoder().decode(State.self, from: data)
        } catch {
            throw DetectionStateError(problem: "the saved detection state cannot be read (\(error)); detection starts afresh")
        }
        guard state.version == State.currentVersion else {
            throw DetectionStateError(problem: "the saved detection state has version \(state.version), this Vigil reads version \(State.currentVersion)")
        }
        correlations.restore(state.correlations)
        for i in analytics.indices {
            guard let saved = state.analytics[analytics[i].descriptor.name] else { continue }
            do {
                try analytics[i].restore(saved)
            } catch {
                throw DetectionStateError(problem: "the saved state of analytic '\(analytics[i].descriptor.name)' cannot be read: \(error)")
            }
        }
        watermark = state.watermark.map(Timestamp.init(millis:))
        eventsProcessed = state.eventsProcessed
    }
}

/// A saved detection state that cannot be restored.
public struct DetectionStateError: Error, Sendable, CustomStringConvertible {
    public var problem: String
    public var description: String { problem }
}
