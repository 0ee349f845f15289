import ArgumentParser
import Foundation
import VigilStore

/// What every triage command takes: the alert, a note, an assignee, who acts.
struct AlertUpdateOptions: ParsableArguments {
    @OptionGroup var dataDirectory: DataDirectoryOption
    @Argument(help: "The alert id (from `vigil alerts`).") var id: String
    @Option(help: "A note for the alert's history.") var note: String?
    @Option(help: "Assign the alert to this person (an empty value unassigns).") var assignee: String?
    @Option(help: "Who makes the change (default: $USER).") var by: String?
}

/// A command that moves an alert to one status.
protocol AlertStatusCommand: ParsableCommand {
    static var status: AlertStatus { get }
    var options: AlertUpdateOptions { get }
}

extension AlertStatusCommand {
    static func makeConfiguration(_ name: String, _ abstract: String) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: abstract, discussion: ExitStatus.help)
    }

    func run() throws {
        let store = try options.dataDirectory.openStore()
        let actor = options.by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
        do {
            let alert = try store.updateAlert(id: options.id, status: Self.status, assignee: options.assignee, note: options.note, by: actor)
            Console.out("\(alert.id)  \(alert.status)" + (alert.assignee.map { "  @\($0)" } ?? ""))
        } catch let error as AlertUpdateError {
            Console.error(error.description)
            throw ExitStatus.failure
        }
    }
}

struct AlertsAckCommand: AlertStatusCommand {
    static let configuration = makeConfiguration("ack", "Acknowledge an alert: someone is looking at it.")
    static let status = AlertStatus.acknowledged
    @OptionGroup var options: AlertUpdateOptions
}

struct AlertsResolveCommand: AlertStatusCommand {
    static let configuration = makeConfiguration("resolve", "Resolve an alert: handled (the rule firing again opens a new one).")
    static let status = AlertStatus.resolved
    @OptionGroup var options: AlertUpdateOptions
}

struct AlertsFalsePositiveCommand: AlertStatusCommand {
    static let configuration = makeConfiguration("false-positive", "Close an alert as a false positive (consider a tuning exception).")
    static let status = AlertStatus.falsePositive
    @OptionGroup var options: AlertUpdateOptions
}

struct AlertsReopenCommand: AlertStatusCommand {
    static let configuration = makeConfiguration("reopen", "Reopen a resolved or false-positive alert.")
    static let status = AlertStatus.new
    @OptionGroup var options: AlertUpdateOptions
}
