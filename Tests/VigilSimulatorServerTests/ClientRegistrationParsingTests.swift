import Foundation
import Testing
@testable import VigilSimulatorServer

@Suite("OAuth client registrations from options and YAML")
struct ClientRegistrationParsingTests {
    private func temporary(_ name: String, _ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-clients-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("--service-integration ID:SECRET1[,SECRET2]:SCOPES and --oauth-client ID:JWKS_FILE:SCOPES")
    func options() throws {
        let integration = try OAuthClientRegistration.serviceIntegration(option: "0oaSIEM:first,second:okta.logs.read,okta.users.read")
        #expect(integration.clientId == "0oaSIEM")
        #expect(integration.scopes == [OktaScope.logsRead, OktaScope.usersRead])
        guard case .clientSecret(let secrets) = integration.authentication else { Issue.record("not a secret client"); return }
        #expect(secrets == ["first", "second"])
        let jwks = try temporary("app.jwks.json", #"{"keys":[]}"#)
        let app = try OAuthClientRegistration.serviceApp(option: "0oaApp:\(jwks.path):okta.logs.read")
        guard case .privateKeyJWT(let text) = app.authentication else { Issue.record("not a JWT client"); return }
        #expect(text == #"{"keys":[]}"#)
        #expect(throws: OAuthClientRegistration.ParseError.self) { try OAuthClientRegistration.serviceIntegration(option: "0oa:a,b,c:okta.logs.read") }
        #expect(throws: OAuthClientRegistration.ParseError.self) { try OAuthClientRegistration.serviceIntegration(option: "0oa:a:okta.everything") }
        #expect(throws: OAuthClientRegistration.ParseError.self) { try OAuthClientRegistration.serviceApp(option: "0oa:/no/such/file:okta.logs.read") }
        #expect(throws: OAuthClientRegistration.ParseError.self) { try OAuthClientRegistration.serviceApp(option: "just-an-id") }
    }

    @Test("a YAML file registers service apps (JWKS file relative to it) and service integrations")
    func yaml() throws {
        let jwks = try temporary("vigil.jwks.json", #"{"keys":[]}"#)
        let config = jwks.deletingLastPathComponent().appendingPathComponent("clients.yaml")
        try """
            oauthClients:
              - clientId: 0oa1vigil
                jwksFile: vigil.jwks.json
                scopes: [okta.logs.read, okta.users.manage]
            serviceIntegrations:
              - clientId: 0oa1siem
                secrets: [one, two]
                scopes: [okta.logs.read]
            """.write(to: config, atomically: true, encoding: .utf8)
        let clients = try OAuthClientRegistration.load(yamlFile: config.path)
        #expect(clients.map(\.clientId) == ["0oa1vigil", "0oa1siem"])
        #expect(clients[0].scopes == [OktaScope.logsRead, OktaScope.usersManage])
        let broken = try temporary("broken.yaml", "serviceIntegrations:\n  - clientId: x\n    secrets: []\n    scopes: [okta.logs.read]\n")
        #expect(throws: OAuthClientRegistration.ParseError.self) { try OAuthClientRegistration.load(yamlFile: broken.path) }
    }
}
