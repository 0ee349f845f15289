import Foundation
import VigilDetect
import VigilEvent
import VigilIngest
import VigilNotify
import VigilNotifyTesting
import VigilSimulator
import VigilStore

/// Stores, attacks and notifiers for the schedule's tests.
enum ScheduleFixtures {
    static let ruleSet = Result { try RuleSet() }
    /// The push-fatigue analytic's rule id.
    static let pushFatigue = "e2d94a6b-3c1f-4e7a-9b85-2d6c0f8a1e04"

    static func store() throws -> EventStore {
        try EventStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("vigil-schedule-test-\(UUID().uuidString)"))
    }

    /// The full engine, as `vigil serve` runs it.
    static func stage(_ store: EventStore) throws -> EngineDetectionStage {
        EngineDetectionStage(engine: DetectionEngine(ruleSet: try ruleSet.get()), store: store)
    }

    /// An MFA push-bombing (denied pushes, then an accepted one and a sign-in) that started `minutesAgo` minutes ago.
    static func pushBombing(minutesAgo: Double = 20, run: UInt64 = 0) throws -> [OktaEvent] {
        let org = SimulatedOrg(seed: 5, users: 200)
        let plan = try ruleSet.get().plan
        return try AttackScenario.mfaPushBombing.events(in: org, at: Timestamp.now().adding(seconds: -minutesAgo * 60), run: run)
            .map { try OktaEvent(raw: $0.bytes, plan: plan) }
    }

    /// A notifier with one webhook channel to `url`, made from configuration as `vigil serve` makes it (so it owns
    /// its HTTP client, shut down when it stops). `routing` adds the channel's routing keys.
    static func notifier(_ url: String, store: EventStore, routing: String = "") throws -> Notifier {
        let configuration = try NotificationConfig(yaml: """
            notifications:
              retry: {attempts: 3, initial_backoff: 50ms, max_backoff: 200ms}
              channels:
                - {name: hook, type: webhook, url: "\(url)"\(routing.isEmpty ? "" : ", " + routing)}
            """)
        return Notifier(configuration: configuration, store: store)
    }

    /// Critical alerts at once, everything else in a digest due every 50 ms.
    static let criticalAtOnce = "immediate: [critical], digest: [informational, low, medium, high], digest_interval: 50ms"

    /// The alert documents a receiver got: immediate ones and those inside digests, with the event kind.
    static func documents(_ received: [HTTPReceiver.Received]) -> [(event: String, alert: [String: Any])] {
        received.filter { $0.status == 200 }.flatMap { request -> [(event: String, alert: [String: Any])] in
            guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else { return [] }
            let event = request.headers["x-vigil-event"] ?? ""
            if event == "digest" { return (object["alerts"] as? [[String: Any]] ?? []).map { ("digest", $0) } }
            return [(event, object)]
        }
    }
}
