import ArgumentParser
import Foundation
import VigilConfig
import VigilNotify
import VigilSchedule

/// `vigil config`: the service's configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check the ingestion service's configuration.",
        subcommands: [ConfigCheckCommand.self])
}

/// `vigil config check`: every problem of a configuration at once, each with its key path.
struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a configuration file and report every problem with its path.",
        discussion: """
            Reads the file, applies the VIGIL_* environment overrides, and checks values, URLs, ranges, and that \
            every referenced secret (environment variable or file) can be read — without printing any secret. The \
            `schedule:` (hourly analysis, daily cycle) and `notifications:` sections are checked as the service reads them. \
            Exit status: 0 valid; 1 problems found (each printed on stderr as `origin: path: problem`).
            """)

    @Option(name: .customLong("config"), help: ArgumentHelp("The YAML configuration file.", valueName: "FILE"))
    var path: String

    func run() throws {
        var problems = sectionProblems()
        var config: VigilConfiguration?
        do {
            config = try VigilConfiguration(file: path)
        } catch {
            problems = error.problems + problems
        }
        guard let config, problems.isEmpty else {
            for problem in problems { Console.error("\(problem)") }
            Console.error("\(problems.count) problem(s) in \(path)")
            throw ExitStatus.rejectedInput
        }
        let paths = config.integrations.map { i in
            "\(i.id) (" + [i.poll.enabled ? "poll" : nil, i.hooks.enabled ? "hooks" : nil, i.eventBridge != nil ? "eventbridge" : nil]
                .compactMap { $0 }.joined(separator: ", ") + ")"
        }
        Console.out("\(path): valid; listen \(config.tls == nil ? "http" : "https")://\(config.listen), data in \(config.dataDirectory), "
                    + "\(config.integrations.count) integration(s)\(paths.isEmpty ? "" : ": " + paths.joined(separator: "; "))")
    }

    /// The sections other modules read (`schedule:`, `notifications:`), checked as the service will read them.
    private func sectionProblems() -> [ConfigProblem] {
        guard let yaml = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var problems: [ConfigProblem] = []
        do { _ = try ScheduleConfiguration(yaml: yaml) } catch { problems.append(ConfigProblem(path: "", message: "\(error)", origin: path)) }
        do { _ = try NotificationConfig(yaml: yaml) } catch { problems.append(ConfigProblem(path: "", message: "\(error)", origin: path)) }
        return problems
    }
}
