import VigilEvent

/// Ground truth for an export: which events an attack scenario wrote and what should detect them, as JSON.
public struct ScenarioManifest {
    /// One attack event.
    public struct Entry: Sendable {
        public let uuid: String
        public let eventType: String
        public let published: Timestamp
        public let label: String
    }

    public let seed: UInt64
    public let users: Int
    public let scenarios: [AttackScenario]
    public private(set) var entries: [Entry] = []
    public private(set) var totalEvents = 0

    public init(seed: UInt64, users: Int, scenarios: [AttackScenario]) {
        self.seed = seed
        self.users = users
        self.scenarios = scenarios
    }

    /// Notes an exported event; only scenario events are listed.
    public mutating func record(_ event: SimulatedEvent) throws(InvalidEvent) {
        totalEvents += 1
        guard event.label != SimulatedEvent.benignLabel else { return }
        let parsed = try event.oktaEvent()
        entries.append(Entry(uuid: parsed.uuid, eventType: parsed.eventType, published: parsed.published, label: event.label))
    }

    /// The manifest document.
    public var json: [UInt8] {
        let w = JSONWriter()
        w.raw("{\"seed\":")
        w.unsigned(seed)
        w.raw(",\"users\":")
        w.int(users)
        w.raw(",\"totalEvents\":")
        w.int(totalEvents)
        w.raw(",\"attackEvents\":")
        w.int(entries.count)
        w.raw(",\"scenarios\":[")
        for (i, scenario) in scenarios.enumerated() {
            if i > 0 { w.raw(",") }
            w.member("\n{\"name\":", scenario.name)
            w.member(",\"label\":", scenario.label)
            w.member(",\"description\":", scenario.summary)
            w.raw(",\"expectedDetections\":[")
            for (k, detection) in scenario.expectedDetections.enumerated() {
                if k > 0 { w.raw(",") }
                w.string(detection)
            }
            w.raw("],\"events\":[")
            for (k, entry) in entries.filter({ $0.label == scenario.label }).enumerated() {
                if k > 0 { w.raw(",") }
                w.member("\n {\"uuid\":", entry.uuid)
                w.member(",\"eventType\":", entry.eventType)
                w.member(",\"published\":", entry.published.iso8601)
                w.raw("}")
            }
            w.raw("]}")
        }
        w.raw("]}\n")
        return w.bytes
    }
}
