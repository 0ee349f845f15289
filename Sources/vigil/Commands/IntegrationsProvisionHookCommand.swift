import ArgumentParser
import Foundation
import VigilConfig
import VigilDetect
import VigilOkta
import VigilServer

/// `vigil integrations provision-hook ID --url URL`: sets up the Okta event hook that pushes to this Vigil.
struct IntegrationsProvisionHookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provision-hook",
        abstract: "Create, verify and activate the Okta event hook delivering to Vigil (safe to re-run).",
        discussion: """
            URL is where Okta reaches this Vigil: https://vigil.example.com/hooks/okta/ID (Okta calls only https://; \
            serve TLS with `tls:` or put a reverse proxy in front). The hook authenticates with the integration's \
            `hooks.auth_header` and secret, and subscribes to the 18 types Okta's security integrations use plus every \
            hook-eligible type a managed rule reads. Vigil must be running to answer Okta's verification.

            \(ExitStatus.help)
            """)

    @Argument(help: "The integration's id.") var id: String
    @Option(help: "The URL Okta will post to.") var url: String
    @OptionGroup var config: ConfigFileOption

    func run() async throws {
        guard let configuration = try config.load(checkSecrets: true) else { throw ValidationError("give the configuration file with --config") }
        guard let integration = configuration.integrations.first(where: { $0.id == id }) else {
            Console.error("no integration '\(id)' in the configuration")
            throw ExitStatus.failure
        }
        guard let secret = integration.hooks.secret else {
            Console.error("integrations \(id).hooks: set secret_env or secret_file first, and enable hooks")
            throw ExitStatus.failure
        }
        do {
            let hook = try await EventHookProvisioning(client: integration.makeOktaClient()).provision(
                name: "Vigil (\(id))", url: url, eventTypes: EventHookProvisioning.eventTypes(for: try RuleSet(managed: true)),
                authHeader: integration.hooks.authHeader, secret: try secret.resolve().reveal())
            Console.out("event hook \(hook.id): \(hook.status ?? "?"), \(hook.verificationStatus ?? "?"), \(hook.events.items.count) event types → \(url)")
        } catch let error as OktaAPIError where error.isEventHookLimit {
            Console.error("\(error)\nOkta allows 25 active event hooks per org: deactivate one you no longer use (Workflow → Event Hooks), then run this again.")
            throw ExitStatus.failure
        }
    }
}
