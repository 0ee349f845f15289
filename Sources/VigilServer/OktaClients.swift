import Foundation
import Logging
import Synchronization
import VigilConfig
import VigilOkta

/// One Okta client per integration, and so one rate-limit budget per org, shared by everything the service asks
/// Okta for (System Log polling, inventory sync), so together they stay within the share the org leaves to Vigil.
public final class OktaClients: Sendable {
    private let clients = Mutex<[String: OktaClient]>([:])
    private let environment: [String: String]
    private let logger: Logger

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger = Logger(label: "vigil.okta")) {
        self.environment = environment
        self.logger = logger
    }

    /// The integration's client, made (and its secrets read) on first use. Throws `ServiceError` as
    /// `IntegrationConfiguration.makeOktaClient` does.
    public func client(for integration: IntegrationConfiguration) throws -> OktaClient {
        if let client = clients.withLock({ $0[integration.id] }) { return client }
        let made = try integration.makeOktaClient(environment: environment, logger: logger)
        return clients.withLock { clients in
            if let existing = clients[integration.id] { return existing }
            clients[integration.id] = made
            return made
        }
    }
}
