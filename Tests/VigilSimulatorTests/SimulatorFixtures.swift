import Foundation
import VigilEvent
@testable import VigilSimulator

/// Shared inputs of the simulator tests: the Okta event-type catalog and small, fast simulations.
enum SimulatorFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Every event type id in Okta's catalog (`shared/okta/event-types.json`).
    static let knownEventTypes: Set<String> = {
        let data = try! Data(contentsOf: shared.appendingPathComponent("okta/event-types.json"))
        let root = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let versions = root["versions"] as! [[String: Any]]
        var ids = Set<String>()
        for version in versions {
            for type in version["eventTypes"] as! [[String: Any]] { ids.insert(type["id"] as! String) }
        }
        return ids
    }()

    static let start = Timestamp(iso8601: "2026-11-02T14:00:00Z")!

    /// The first `count` benign events of an org.
    static func benign(seed: UInt64, users: Int = 200, count: Int, rate: Double = 600) -> [SimulatedEvent] {
        var workload = BenignWorkload(org: SimulatedOrg(seed: seed, users: users),
                                      configuration: WorkloadConfiguration(start: start, eventsPerMinute: rate))
        return (0..<count).compactMap { _ in workload.next() }
    }

    /// The event decoded with Foundation, to check it is plain valid JSON.
    static func json(_ event: SimulatedEvent) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(event.bytes)) as! [String: Any]
    }
}
