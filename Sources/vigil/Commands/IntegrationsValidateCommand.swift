import ArgumentParser
import Foundation
import VigilConfig
import VigilOkta
import VigilServer

/// `vigil integrations validate ID`: can Vigil reach the org, and may its credential do what each feature needs?
struct IntegrationsValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an integration: reachability, credentials, permissions per feature, clock skew — with the fix for each failure.",
        discussion: "Exits 0 when ingestion can work (warnings allowed), 1 when a check failed.\n\n\(ExitStatus.help)")

    @Argument(help: "The integration's id.") var id: String
    @OptionGroup var config: ConfigFileOption

    func run() async throws {
        guard let configuration = try config.load(checkSecrets: true) else {
            throw ValidationError("give the configuration file with --config")
        }
        guard let integration = configuration.integrations.first(where: { $0.id == id }) else {
            Console.error("no integration '\(id)' in \(config.path ?? "the configuration"); configured: "
                          + configuration.integrations.map(\.id).joined(separator: ", "))
            throw ExitStatus.failure
        }
        let report = try await integration.makeOktaClient().validate()
        let widths = [16, 9]
        Console.out(StatusCommand.row(["CHECK", "RESULT", "DETAIL"], widths: widths))
        for check in report.checks {
            Console.out(StatusCommand.row([check.name, check.outcome.rawValue, check.detail], widths: widths))
            if let fix = check.fix, check.outcome != .passed { Console.out(String(repeating: " ", count: 26) + "fix: \(fix)") }
        }
        if let skew = report.clockSkew { Console.out("clock skew: \(String(format: "%.1f", skew)) s") }
        if !report.isUsable { throw ExitStatus.failure }
    }
}
