import ArgumentParser
import Foundation
import VigilDetect
import VigilSigma

/// Options shared by the commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A directory (or file) of Sigma rules to load; repeatable.", valueName: "DIR"))
    var directories: [String] = []

    @Flag(name: .customLong("no-managed"), help: "Do not load Vigil's managed Okta rule pack.")
    var noManaged = false

    @Option(name: .customLong("placeholder"),
            help: ArgumentHelp("A value for a %NAME% placeholder used with the 'expand' modifier; repeatable.", valueName: "NAME=VALUE"))
    var placeholders: [String] = []

    var configuration: SigmaConfiguration {
        get throws {
            var values: [String: [String]] = [:]
            for entry in placeholders {
                guard let eq = entry.firstIndex(of: "="), eq != entry.startIndex else {
                    throw ValidationError("--placeholder takes NAME=VALUE, not '\(entry)'")
                }
                let name = entry[..<eq].trimmingCharacters(in: CharacterSet(charactersIn: "%"))
                values[name, default: []].append(String(entry[entry.index(after: eq)...]))
            }
            return SigmaConfiguration(placeholders: values)
        }
    }

    var urls: [URL] { directories.map { URL(fileURLWithPath: $0) } }

    /// Loads the rule set, or prints every rule problem and exits with status 2.
    func load() throws -> RuleSet {
        do {
            let set = try RuleSet(directories: urls, managed: !noManaged, configuration: try configuration)
            for note in set.notes { Console.error("note: \(note)") }
            return set
        } catch let error as RuleSetError {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
    }
}
