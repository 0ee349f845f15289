import ArgumentParser

/// Vigil's benchmark: prints throughput, latency and size figures for the hot paths.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil-bench", abstract: "Measure Vigil's hot paths.",
        subcommands: [DecodeBench.self, RulesBench.self])
}
