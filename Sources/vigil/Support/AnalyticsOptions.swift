import ArgumentParser
import Foundation
import VigilDetect

/// `--analytics FILE` and `--no-analytics`, for the commands that run the detection engine.
struct AnalyticsOptions: ParsableArguments {
    @Option(name: .customLong("analytics"),
            help: ArgumentHelp("YAML file of analytics parameters (see docs/analytics.md); what it leaves out keeps its default.", valueName: "FILE"))
    var file: String?

    @Flag(name: .customLong("no-analytics"), help: "Run rules and correlations only, without the behavioural analytics.")
    var disabled = false

    /// The configuration, or a message naming the problem and exit status 2.
    func load() throws -> AnalyticsConfiguration {
        if disabled { return .none }
        guard let file else { return AnalyticsConfiguration() }
        do {
            return try AnalyticsConfiguration(contentsOf: URL(fileURLWithPath: file))
        } catch {
            Console.error("\(error)")
            throw ExitStatus.failure
        }
    }
}
