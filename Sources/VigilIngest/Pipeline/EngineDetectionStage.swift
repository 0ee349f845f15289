import Foundation
import Logging
import Synchronization
import VigilDetect
import VigilEvent
import VigilStore

/// Near-time detection with the whole engine: single-event rules, Sigma correlations and behavioural analytics,
/// with the configuration's tuning (disabled rules, exceptions, severity overrides) applied to what it raises.
///
/// The engine's windows and baselines are saved to the store every `saveInterval`, and when the pipeline stops,
/// and restored on start, so a restart does not forget a spray or a push-bombing in progress. Saving encodes
/// the whole state (megabytes once the baselines hold a large org), so it runs on a queue of its own, never on
/// the detection path; a save still running when the next is due is replaced by the newer state.
public final class EngineDetectionStage: DetectionStage {
    public let plan: FieldPlan
    private let engine: Mutex<DetectionEngine>
    private let store: EventStore
    private let tuning: TuningFilter?
    /// Rule ids or titles the configuration turns off (`detection.disabled_rules`).
    private let disabled: Set<String>
    /// Rules switched off at run time (the web UI's Rules page), read per batch so a switch needs no restart.
    private let switches: any RuleSettingsSource
    private let saveInterval: Duration
    private let lastSave = Mutex<ContinuousClock.Instant?>(nil)
    private let saves = DispatchQueue(label: "vigil.detect.save", qos: .utility)
    /// The newest engine copy waiting for the save queue.
    private let unsaved = Mutex<DetectionEngine?>(nil)
    private let logger: Logger

    public init(engine: DetectionEngine, store: EventStore, tuning: TuningFilter? = nil, disabled: Set<String> = [], saveInterval: Duration = .seconds(30),
                logger: Logger = Logger(label: "vigil.detect")) {
        var engine = engine
        do {
            if let saved = try store.detectionState() { try engine.restore(saved.state) }
        } catch {
            // A state from an incompatible version only costs the windows in progress; detection itself goes on.
            logger.warning("detection state not restored", metadata: ["error": "\(error)"])
        }
        plan = engine.ruleSet.plan
        self.engine = Mutex(engine)
        self.store = store
        self.tuning = tuning
        self.disabled = disabled
        switches = StoredRuleSettings(store: store)
        self.saveInterval = saveInterval
        self.logger = logger
    }

    public func detect(_ events: [OktaEvent]) async throws -> [Alert] {
        let readied = try plan.reindexed(events)
        let now = ContinuousClock.now
        let due = lastSave.withLock { last in
            guard last.map({ now - $0 >= saveInterval }) ?? true else { return false }
            last = now
            return true
        }
        // The engine is a value: a copy taken under the lock shares its storage until the next batch changes it.
        let (alerts, saving) = engine.withLock { engine in (engine.process(readied), due ? engine : nil) }
        if let saving { saveInBackground(saving) }
        return try admitted(alerts, events: readied)
    }

    public func saveState() async {
        let current = engine.withLock { $0 }
        // Behind any background save still queued, so the newest state is the one left in the store.
        await withCheckedContinuation { continuation in
            saves.async {
                self.save(current)
                continuation.resume()
            }
        }
    }

    private func saveInBackground(_ copy: DetectionEngine) {
        let alreadyQueued = unsaved.withLock { pending in
            defer { pending = copy }
            return pending != nil
        }
        guard !alreadyQueued else { return }
        saves.async {
            guard let newest = self.unsaved.withLock({ pending in defer { pending = nil }; return pending }) else { return }
            self.save(newest)
        }
    }

    private func save(_ engine: DetectionEngine) {
        do {
            let started = ContinuousClock.now
            let state = try engine.snapshot()
            let encoded = ContinuousClock.now
            try store.saveDetectionState(state, watermark: engine.watermark)
            logger.debug("detection state saved", metadata: [
                "bytes": "\(state.count)", "encode": "\(encoded - started)", "write": "\(ContinuousClock.now - encoded)",
            ])
        } catch {
            logger.error("saving the detection state failed; the next save retries", metadata: ["error": "\(error)"])
        }
    }

    /// The configuration's and the UI's switches and the tuning, applied to what the engine raised from `events`.
    func admitted(_ alerts: [Alert], events: [OktaEvent]) throws -> [Alert] {
        // Matches of switched-off rules still fed correlations; only their own alerts are dropped.
        let configured = disabled.isEmpty ? alerts : alerts.filter { !disabled.contains($0.rule.id) && !disabled.contains($0.rule.title) }
        let enabled = try switches.admitted(configured)
        return tuning?.apply(enabled, events: events) ?? enabled
    }

    /// A copy of the live engine with empty windows and the learnt baselines, tuned like near-time detection.
    public func reevaluation() -> (any ReevaluationPass)? {
        Pass(engine: engine.withLock { $0.reevaluation() }, stage: self)
    }

    final class Pass: ReevaluationPass {
        var engine: DetectionEngine
        let stage: EngineDetectionStage
        init(engine: DetectionEngine, stage: EngineDetectionStage) {
            self.engine = engine
            self.stage = stage
        }

        func process(_ events: [OktaEvent]) throws -> [Alert] {
            let readied = try stage.plan.reindexed(events)
            return try stage.admitted(engine.process(readied), events: readied)
        }
    }
}
