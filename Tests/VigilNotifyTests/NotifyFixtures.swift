import Foundation
import VigilDetect
import VigilEvent
import VigilSigma
import VigilStore

/// Alerts and stores for notifier tests.
enum NotifyFixtures {
    /// Alerts are built from their JSON contract, as a notifier receives them from the store.
    static func alert(_ n: Int, severity: SigmaLevel = .high, why: String = "eventType is user.session.start") -> Alert {
        let json = """
            {"id":"alert-\(n)","rule":{"id":"rule-\(n % 3)","title":"Rule \(n % 3)"},"severity":"\(severity.rawValue)",\
            "title":"Suspicious sign-in \(n)","entity":{"type":"User","id":"00u\(n)","alternateId":"user\(n)@example.com"},\
            "events":["e\(n)-1","e\(n)-2"],"first_seen":"2026-11-01T09:00:00.000Z","last_seen":"2026-11-01T09:05:00.000Z",\
            "tags":["attack.initial_access"],"why":\(String(decoding: try! JSONEncoder().encode(why), as: UTF8.self))}
            """
        return try! JSONDecoder().decode(Alert.self, from: Data(json.utf8))
    }

    static func store() throws -> EventStore {
        try EventStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("vigil-notify-test-\(UUID().uuidString)"))
    }
}
