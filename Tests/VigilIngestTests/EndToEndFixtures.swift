import Foundation
import JWTKit
import VigilIngest
import VigilOkta
import VigilSimulatorServer
import VigilStore

/// A simulated org on 127.0.0.1 whose log is hard to poll: history to backfill, live traffic, an ingestion delay
/// that varies per event (persistence order differs from `published` order), and time running 60× so attack
/// scenarios finish in seconds.
enum EndToEnd {
    static let apiToken = "e2e-ssws-token"

    static func configuration() -> SimulatedOktaServerConfiguration {
        var configuration = SimulatedOktaServerConfiguration(seed: 11, users: 60, apiTokens: [apiToken])
        configuration.eventsPerSecond = 40
        configuration.timeCompression = 60
        configuration.ingestionDelay = 60
        configuration.outOfOrder = true
        configuration.backfill = 1800
        configuration.rateLimits.perMinute["/api/v1/logs"] = 100_000
        return configuration
    }

    /// Starts the org, runs `body`, and stops the org whatever happens.
    static func withOrg<T: Sendable>(_ configuration: SimulatedOktaServerConfiguration = configuration(),
                                     _ body: (SimulatedOktaServer) async throws -> T) async throws -> T {
        try await SimulatedOktaServer.withRunning(configuration, logger: quietLogger(), body)
    }

    /// The ways Vigil can authenticate to the org, each registered with the simulator as Okta would have it.
    enum Auth: String, CaseIterable, Sendable {
        case ssws, privateKeyJWT, clientSecret

        func credential(registeringWith server: SimulatedOktaServer) async throws -> OktaCredential {
            let scopes = [OktaScope.logsRead]
            switch self {
            case .ssws:
                return .apiToken(EndToEnd.apiToken)
            case .privateKeyJWT:
                let key = ES256PrivateKey()
                let p = try require(key.publicKey.parameters, "the EC public key parameters")
                let jwks = #"{"keys":[{"kty":"EC","crv":"P-256","kid":"e2e","alg":"ES256","use":"sig","x":"\#(p.x)","y":"\#(p.y)"}]}"#
                try await server.register(OAuthClientRegistration(clientId: "0oaE2EKeyApp", authentication: .privateKeyJWT(jwks: jwks),
                                                                  scopes: Set(scopes)))
                return .privateKeyJWT(clientID: "0oaE2EKeyApp", key: try OktaSigningKey(pem: key.pemRepresentation), keyID: "e2e",
                                      scopes: scopes)
            case .clientSecret:
                let secret = "e2e-secret-\(UUID().uuidString)"
                try await server.register(OAuthClientRegistration(clientId: "0oaE2ESecretApp", authentication: .clientSecret([secret]),
                                                                  scopes: Set(scopes)))
                return .clientSecret(clientID: "0oaE2ESecretApp", secrets: [secret], scopes: scopes)
            }
        }
    }

    /// Which of `uuids` the store does not hold.
    static func missing(_ uuids: some Sequence<String>, in store: EventStore) throws -> [String] {
        try uuids.filter { try store.event(uuid: $0) == nil }
    }
}

/// Unwraps or throws naming what was missing.
private func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw MissingValue(what: what) }
    return value
}

private struct MissingValue: Error, CustomStringConvertible {
    let what: String
    var description: String { "missing \(what)" }
}
