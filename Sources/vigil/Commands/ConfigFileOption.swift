import ArgumentParser
import Foundation
import VigilConfig
import VigilStore

/// `--config FILE` for the commands that read the service's configuration, with the problems printed on failure.
struct ConfigFileOption: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp("The service's YAML configuration file.", valueName: "FILE"))
    var path: String?

    /// Loads the file (if given), printing every problem and exiting with status 2 when it is not usable.
    func load(checkSecrets: Bool) throws -> VigilConfiguration? {
        guard let path else { return nil }
        do {
            return try VigilConfiguration(file: path, checkSecrets: checkSecrets)
        } catch {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
    }

    /// The store of the configuration's data directory, or of `--data-dir` (which wins when both are given).
    func openStore(_ dataDirectory: DataDirectoryOption) throws -> (EventStore, VigilConfiguration?) {
        let config = try load(checkSecrets: false)
        guard dataDirectory.path == nil, let config else { return (try dataDirectory.openStore(), config) }
        return (try DataDirectoryOption(path: config.dataDirectory).openStore(), config)
    }
}

extension DataDirectoryOption {
    init(path: String) {
        self.init()
        self.path = path
    }
}
