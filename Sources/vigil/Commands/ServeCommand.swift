import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VigilConfig
import VigilSchedule
import VigilServer
import VigilWeb

/// `vigil serve`: the ingestion service.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the service: System Log polling, Event Hooks, EventBridge/SQS, near-time detection, the hourly analysis and daily cycle, the web UI and REST API.",
        discussion: """
            Configure with --config FILE (see `vigil config check`), or for a single org with flags: \
            vigil serve --org-url https://acme.okta.com --api-token-env OKTA_TOKEN --hook-secret-env HOOK_SECRET \
            --data-dir DIR --listen 127.0.0.1:8080. Okta Event Hooks post to /hooks/okta/{integration id}; \
            /healthz, /readyz and /metrics (Prometheus) serve operations. Every hour (`schedule.hourly`) the recent \
            windows are re-evaluated for late events and the digest sent; every day (`schedule.daily`) events past \
            retention are deleted (docs/schedule.md; `vigil status` shows the last runs). SIGTERM or SIGINT stops it gracefully: \
            requests in flight finish, everything acknowledged is committed, the store is closed.

            \(ExitStatus.help)
            """)

    @OptionGroup var config: ConfigFileOption
    @Option(help: "The Okta org's URL (single-org mode, instead of --config).") var orgURL: String?
    @Option(help: "Environment variable holding an Okta API token.") var apiTokenEnv: String?
    @Option(help: "Environment variable holding the Event Hook shared secret (enables hooks).") var hookSecretEnv: String?
    @Option(help: "The integration's id (default: the org's subdomain).") var integrationID: String?
    @Flag(help: "Do not poll the System Log (hooks only).") var noPoll = false
    @Option(help: "Data directory (default: $VIGIL_DATA_DIR, or ./vigil-data).") var dataDir: String?
    @Option(help: "host:port to listen on (default 127.0.0.1:8080).") var listen: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel: Logger.Level = .info

    func validate() throws {
        if config.path != nil && orgURL != nil { throw ValidationError("give either --config or --org-url, not both") }
        if config.path == nil && orgURL == nil { throw ValidationError("give --config FILE, or --org-url for a single org") }
    }

    func run() async throws {
        let configuration: VigilConfiguration
        do {
            if let file = try config.load(checkSecrets: true) {
                configuration = file
            } else {
                configuration = try VigilConfiguration(node: .singleOrg(
                    id: integrationID, orgURL: orgURL, apiTokenEnv: apiTokenEnv, hookSecretEnv: hookSecretEnv, poll: !noPoll,
                    dataDirectory: dataDir ?? ProcessInfo.processInfo.environment["VIGIL_DATA_DIR"], listen: listen))
            }
        } catch let error as ConfigError {
            for problem in error.problems { Console.error("\(problem)") }
            throw ExitStatus.failure
        }
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var components = VigilService.Components()
        components.metrics = VigilMetrics.registry
        do {
            if let path = config.path, let notifications = try Notifications.dependent(configurationFile: path) {
                components.storeDependents.append(notifications)
            }
        } catch {
            Console.error("notifications: \(error)")
            throw ExitStatus.failure
        }
        do {
            if let path = config.path { components.schedule = try ScheduleConfiguration(yaml: String(contentsOfFile: path, encoding: .utf8)) }
        } catch {
            Console.error("schedule: \(error)")
            throw ExitStatus.failure
        }
        let service: VigilService
        do {
            service = try VigilService(configuration: configuration, components: components, logger: Logger(label: "vigil"))
        } catch {
            Console.error("cannot start: \(error)")
            throw ExitStatus.failure
        }
        let router: Router<WebRequestContext>
        do {
            router = try await WebRouter.make(for: service, configuration: configuration)
        } catch {
            Console.error("cannot start the web UI: \(error)")
            throw ExitStatus.failure
        }
        let scheme = configuration.tls == nil ? "http" : "https"
        try await service.run(router: router) { host, port in
            Console.error("listening on \(scheme)://\(ListenAddress(host: host, port: port))")
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
