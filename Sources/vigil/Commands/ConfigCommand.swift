import ArgumentParser
import VigilConfig

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
            every referenced secret (environment variable or file) can be read — without printing any secret. \
            Exit status: 0 valid; 1 problems found (each printed on stderr as `origin: path: problem`).
            """)

    @Option(name: .customLong("config"), help: ArgumentHelp("The YAML configuration file.", valueName: "FILE"))
    var path: String

    func run() throws {
        do {
            let config = try VigilConfiguration(file: path)
            let paths = config.integrations.map { i in
                "\(i.id) (" + [i.poll.enabled ? "poll" : nil, i.hooks.enabled ? "hooks" : nil, i.eventBridge != nil ? "eventbridge" : nil]
                    .compactMap { $0 }.joined(separator: ", ") + ")"
            }
            Console.out("\(path): valid; listen \(config.tls == nil ? "http" : "https")://\(config.listen), data in \(config.dataDirectory), "
                        + "\(config.integrations.count) integration(s)\(paths.isEmpty ? "" : ": " + paths.joined(separator: "; "))")
        } catch {
            for problem in error.problems { Console.error("\(problem)") }
            Console.error("\(error.problems.count) problem(s) in \(path)")
            throw ExitStatus.rejectedInput
        }
    }
}
