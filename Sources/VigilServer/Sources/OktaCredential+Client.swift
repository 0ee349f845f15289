import Foundation
import VigilConfig
import VigilOkta

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
