import ArgumentParser
import Foundation
import VigilSimulator

/// `vigil simulate export`: an attack scenario in benign background traffic, with a manifest of ground truth.
struct SimulateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a scenario with benign background traffic as NDJSON to stdout, and optionally its manifest.",
        discussion: """
            The manifest (--manifest FILE) is JSON: the seed, and per scenario its name, label, description, the \
            detections it should trigger and every attack event's uuid, eventType and published time.

            Example: vigil simulate export --scenario mfa-push-bombing --seed 3 --manifest push.json > push.ndjson

            \(ExitStatus.help)
            """)

    @Option(name: .customLong("scenario"), help: "The attack scenario to play (repeatable; see `vigil simulate scenarios`).")
    var scenarios: [ScenarioArgument]
    @Option(help: "Benign events around the scenario.") var backgroundEvents = 2_000
    @Option(help: "Write the manifest of attack events to this file.") var manifest: String?
    @OptionGroup var simulation: SimulationOptions

    func validate() throws {
        guard !scenarios.isEmpty else { throw ValidationError("name at least one --scenario") }
        guard backgroundEvents >= 0 else { throw ValidationError("--background-events must not be negative") }
    }

    func run() throws {
        let chosen = scenarios.map(\.scenario)
        var stream = SimulationStream(org: simulation.makeOrg(), configuration: simulation.workload,
                                      benignEvents: backgroundEvents, scenarios: chosen)
        var truth = ScenarioManifest(seed: simulation.seed, users: simulation.users, scenarios: chosen)
        var output = NDJSONOutput()
        while let event = stream.next() {
            try truth.record(event)
            output.write(event.bytes)
        }
        output.flush()
        guard let manifest else { return }
        do {
            try Data(truth.json).write(to: URL(fileURLWithPath: manifest))
        } catch {
            Console.error("cannot write the manifest to \(manifest): \(error.localizedDescription)")
            throw ExitStatus.failure
        }
        Console.error("\(truth.entries.count) attack event(s) of \(truth.totalEvents); manifest written to \(manifest)")
    }
}
