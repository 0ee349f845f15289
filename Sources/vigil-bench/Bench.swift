import ArgumentParser
import VigilStore

/// Vigil's benchmark: prints throughput, latency and size figures for the hot paths.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil-bench", abstract: "Measure Vigil's hot paths.",
        subcommands: [DecodeBench.self, StoreBench.self, RulesBench.self, MemoryBench.self, HookBench.self, BackfillBench.self])

    /// As `vigil` does, so that the figures are the product's.
    static func main() async {
        EventStore.prepareProcess()
        await main(nil)
    }
}
