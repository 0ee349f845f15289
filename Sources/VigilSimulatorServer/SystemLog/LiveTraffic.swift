import VigilEvent
import VigilSimulator

/// The background loops of a running server: the clock driving the traffic into the System Log, and the
/// scenario player of `--scenario-every`.
enum LiveTraffic {
    /// Persists events as simulated time reaches them, until cancelled.
    static func run(_ state: OrgState) async {
        while !Task.isCancelled {
            await state.advance()
            let wait = await state.secondsUntilNextWork()
            try? await Task.sleep(for: .seconds(max(0.01, wait)))
        }
    }

    /// Plays the scenario library in turn (starting at a place the seed picks), one every `every` seconds.
    static func playScenarios(every: Double, server: SimulatedOktaServer) async {
        var next = Int(server.configuration.seed % UInt64(AttackScenario.all.count))
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(max(every, 0.1)))
            guard !Task.isCancelled else { return }
            _ = try? await server.trigger(scenario: AttackScenario.all[next].name)
            next = (next + 1) % AttackScenario.all.count
        }
    }
}
