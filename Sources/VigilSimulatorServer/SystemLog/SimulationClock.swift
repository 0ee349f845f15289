import Foundation
import VigilEvent

/// Maps wall-clock time to the org's simulated time: simulated time starts at `start` when the server starts and
/// runs `compression` times faster than the wall clock.
struct SimulationClock: Sendable {
    let start: Timestamp
    let wallStart: Date
    let compression: Double

    init(start: Timestamp, compression: Double, wallStart: Date = Date()) {
        self.start = start
        self.wallStart = wallStart
        self.compression = max(compression, 1e-6)
    }

    /// The simulated instant now.
    func now(at wall: Date = Date()) -> Timestamp {
        start.adding(seconds: wall.timeIntervalSince(wallStart) * compression)
    }

    /// Wall seconds until simulated time reaches `t` (0 when it already has).
    func wallSeconds(until t: Timestamp, from wall: Date = Date()) -> Double {
        max(0, Double(t.millis - now(at: wall).millis) / 1000 / compression)
    }
}
