import Foundation
import Logging
import VigilConfig
import VigilOkta

extension IntegrationConfiguration {
    /// A client for this integration's org, with its credential's secrets read now and the org's own rate-limit
    /// budget. Throws `ServiceError` when the integration has no credential or its org URL is not a URL.
    public func makeOktaClient(environment: [String: String] = ProcessInfo.processInfo.environment,
                               logger: Logger = Logger(label: "vigil.okta")) throws -> OktaClient {
        guard let credential else {
            throw ServiceError(problems: ["integrations \(id): Okta's APIs need a credential (api_token, oauth or service_integration)"])
        }
        guard let url = URL(string: orgURL) else { throw ServiceError(problems: ["integrations \(id): org_url is not a URL"]) }
        return try OktaClient(orgURL: url, credential: try credential.resolved(environment: environment),
                              budget: RateLimitBudget(reserveShare: rateLimitReserve, logger: logger), logger: logger)
    }
}

extension VigilConfig.OktaCredential {
    /// The Okta client's form of this credential, with its secrets read (from the environment or files) now.
    func resolved(environment: [String: String]) throws -> VigilOkta.OktaCredential {
        switch self {
        case .apiToken(let token):
            return .apiToken(try token.resolve(environment: environment).reveal())
        case .oauth(let app):
            let text = try app.privateKey.resolve(environment: environment).reveal()
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let key = trimmed.hasPrefix("{") ? try OktaSigningKey(jwk: trimmed) : try OktaSigningKey(pem: trimmed)
            return .privateKeyJWT(clientID: app.clientID, key: key, keyID: app.keyID ?? "",
                                  scopes: app.scopes.isEmpty ? Self.defaultScopes : app.scopes)
        case .serviceIntegration(let integration):
            let secrets = try ([integration.clientSecret] + (integration.secondClientSecret.map { [$0] } ?? []))
                .map { try $0.resolve(environment: environment).reveal() }
            return .clientSecret(clientID: integration.clientID, secrets: secrets,
                                 scopes: integration.scopes.isEmpty ? Self.defaultScopes : integration.scopes)
        }
    }
}
