import VigilEvent

/// One attack the simulator can play into an org's traffic, with what a detection engine should make of it.
///
/// Every event a scenario writes carries the label `scenario:<name>`, so tests and benchmarks can score
/// detections against ground truth.
public struct AttackScenario: Sendable {
    /// Stable identifier, used on the command line and in labels (`mfa-push-bombing`).
    public let name: String
    public let summary: String
    /// The detections that should fire on it, in words a rule author recognises.
    public let expectedDetections: [String]
    let script: @Sendable (inout ScenarioStage) -> Void

    public init(name: String, summary: String, expectedDetections: [String],
                script: @escaping @Sendable (inout ScenarioStage) -> Void) {
        self.name = name
        self.summary = summary
        self.expectedDetections = expectedDetections
        self.script = script
    }

    public var label: String { "scenario:" + name }

    /// Plays the scenario against `org` from `start`; `run` tells apart several plays in one org. The events
    /// come back in `published` order and are the same for the same org, start and run.
    public func events(in org: SimulatedOrg, at start: Timestamp, run: UInt64 = 0) -> [SimulatedEvent] {
        var stage = ScenarioStage(org: org, start: start.millis, label: label,
                                  random: SeededRandom(seed: org.seed ^ name.hashValueStable).derived(run))
        script(&stage)
        return stage.finished()
    }
}
