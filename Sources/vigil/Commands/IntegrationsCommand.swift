import ArgumentParser
import Foundation
import VigilStore

/// `vigil integrations`: the Okta orgs Vigil ingests from.
struct IntegrationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "integrations", abstract: "List, validate, set up, remove or restore Okta integrations.",
        subcommands: [IntegrationsListCommand.self, IntegrationsValidateCommand.self, IntegrationsEventBridgeSetupCommand.self, IntegrationsProvisionHookCommand.self,
                      IntegrationsRemoveCommand.self, IntegrationsRestoreCommand.self])
}

/// `vigil integrations list`: configured integrations and those the store has seen, with their state.
struct IntegrationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List integrations: configured ones and those with stored status.",
        discussion: ExitStatus.help)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @OptionGroup var config: ConfigFileOption

    func run() throws {
        let (store, configuration) = try config.openStore(dataDirectory)
        let removed = try store.removedIntegrations()
        let status = Dictionary(grouping: try store.ingestStatus(), by: \.integration)
        let configured = configuration?.integrations ?? []
        let ids = configured.map(\.id) + (status.keys.sorted() + removed.keys.sorted()).filter { id in !configured.contains { $0.id == id } }
        var seen: Set<String> = []
        let widths = [24, 22, 25, 12, 22]
        Console.out(StatusCommand.row(["ID", "STATE", "LAST EVENT", "EVENTS", "PATHS", "ORG URL"], widths: widths))
        for id in ids where seen.insert(id).inserted {
            let integration = configured.first { $0.id == id }
            let state = removed[id].map { "removed \($0.iso8601.prefix(10))" } ?? (integration == nil ? "not configured" : "active")
            let paths = integration.map { i in
                [i.poll.enabled ? "poll" : nil, i.hooks.enabled ? "hooks" : nil, i.eventBridge != nil ? "eventbridge" : nil].compactMap { $0 }
            } ?? status[id, default: []].map(\.path)
            let records = status[id] ?? []
            Console.out(StatusCommand.row([id, state, records.compactMap(\.lastEvent).max()?.iso8601 ?? "-",
                                           Console.number(Int(records.reduce(0) { $0 + $1.events })), paths.joined(separator: ","),
                                           integration?.orgURL ?? "-"], widths: widths))
        }
        if ids.isEmpty { Console.error("no integrations (give --config FILE to list configured ones)") }
    }
}

/// `vigil integrations remove ID`: stops ingestion from an integration, keeping what is stored.
struct IntegrationsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Stop ingesting from an integration; stored events and alerts are kept.",
        discussion: """
            Records the removal in the store: a running `vigil serve` on this data directory stops the \
            integration's sources within seconds and answers its Event Hooks with 404, and later starts skip it \
            even if the configuration still lists it. Events and alerts already stored stay searchable. \
            `vigil integrations restore ID` undoes it.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @OptionGroup var config: ConfigFileOption
    @Argument(help: "The integration's id.") var id: String

    func run() throws {
        let (store, _) = try config.openStore(dataDirectory)
        if try store.removeIntegration(id) {
            Console.error("removed \(id): ingestion stops; its stored events and alerts are kept")
        } else {
            Console.error("\(id) was already removed")
        }
    }
}

/// `vigil integrations restore ID`: undoes a removal.
struct IntegrationsRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Resume an integration removed with `vigil integrations remove` (at the next start of the service).",
        discussion: ExitStatus.help)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @OptionGroup var config: ConfigFileOption
    @Argument(help: "The integration's id.") var id: String

    func run() throws {
        let (store, _) = try config.openStore(dataDirectory)
        if try store.restoreIntegration(id) {
            Console.error("restored \(id): the service ingests from it again once restarted")
        } else {
            Console.error("\(id) was not removed")
            throw ExitStatus.failure
        }
    }
}
