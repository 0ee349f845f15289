import Foundation
import Yams

extension OAuthClientRegistration {
    /// A registration problem in an option or a config file, said plainly.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// `ID:JWKS_FILE:SCOPES` (a service app with `private_key_jwt`; scopes comma-separated).
    public static func serviceApp(option text: String) throws(ParseError) -> OAuthClientRegistration {
        let (id, file, scopes) = try split(text, "--oauth-client ID:JWKS_FILE:SCOPES")
        guard let jwks = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw ParseError(description: "--oauth-client \(id): cannot read the JWKS file '\(file)'")
        }
        return OAuthClientRegistration(clientId: id, authentication: .privateKeyJWT(jwks: jwks), scopes: try checked(scopes, id))
    }

    /// `ID:SECRET1[,SECRET2]:SCOPES` (an API Service Integration with `client_secret_basic`).
    public static func serviceIntegration(option text: String) throws(ParseError) -> OAuthClientRegistration {
        let (id, secretList, scopes) = try split(text, "--service-integration ID:SECRET1[,SECRET2]:SCOPES")
        let secrets = secretList.split(separator: ",").map(String.init)
        guard (1...2).contains(secrets.count) else {
            throw ParseError(description: "--service-integration \(id): one or two secrets (two while rotating)")
        }
        return OAuthClientRegistration(clientId: id, authentication: .clientSecret(secrets), scopes: try checked(scopes, id))
    }

    /// Clients from a YAML file:
    /// ```yaml
    /// oauthClients:          # private_key_jwt
    ///   - clientId: 0oa1vigil
    ///     jwksFile: vigil.jwks.json
    ///     scopes: [okta.logs.read, okta.users.read]
    /// serviceIntegrations:   # client_secret_basic
    ///   - clientId: 0oa1siem
    ///     secrets: [first-secret, second-secret]
    ///     scopes: [okta.logs.read]
    /// ```
    public static func load(yamlFile path: String) throws(ParseError) -> [OAuthClientRegistration] {
        struct Client: Decodable {
            let clientId: String
            let jwksFile: String?
            let jwks: String?
            let secrets: [String]?
            let scopes: [String]
        }
        struct File: Decodable {
            let oauthClients: [Client]?
            let serviceIntegrations: [Client]?
        }
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw ParseError(description: "\(path): \(error)")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        var clients: [OAuthClientRegistration] = []
        for client in file.oauthClients ?? [] {
            let fromFile = client.jwksFile.flatMap { try? String(contentsOf: URL(fileURLWithPath: $0, relativeTo: directory), encoding: .utf8) }
            guard let jwks = client.jwks ?? fromFile else {
                throw ParseError(description: "\(path): client \(client.clientId) needs a readable jwksFile or an inline jwks")
            }
            clients.append(OAuthClientRegistration(clientId: client.clientId, authentication: .privateKeyJWT(jwks: jwks),
                                                   scopes: try checked(client.scopes.joined(separator: ","), client.clientId)))
        }
        for client in file.serviceIntegrations ?? [] {
            guard let secrets = client.secrets, (1...2).contains(secrets.count) else {
                throw ParseError(description: "\(path): service integration \(client.clientId) needs one or two secrets")
            }
            clients.append(OAuthClientRegistration(clientId: client.clientId, authentication: .clientSecret(secrets),
                                                   scopes: try checked(client.scopes.joined(separator: ","), client.clientId)))
        }
        return clients
    }

    private static func split(_ text: String, _ usage: String) throws(ParseError) -> (String, String, String) {
        // The middle part may itself hold ':' (a Windows path); id and scopes may not.
        guard let first = text.firstIndex(of: ":"), let last = text.lastIndex(of: ":"), first != last else {
            throw ParseError(description: "expected \(usage), got '\(text)'")
        }
        return (String(text[..<first]), String(text[text.index(after: first)..<last]), String(text[text.index(after: last)...]))
    }

    private static func checked(_ list: String, _ id: String) throws(ParseError) -> Set<String> {
        let scopes = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        let unknown = scopes.subtracting(OktaScope.all)
        guard unknown.isEmpty, !scopes.isEmpty else {
            throw ParseError(description: "client \(id): unknown or missing scopes \(unknown.sorted().joined(separator: ", ")); known: \(OktaScope.all.sorted().joined(separator: ", "))")
        }
        return scopes
    }
}
