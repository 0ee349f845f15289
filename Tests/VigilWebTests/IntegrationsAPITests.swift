import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("REST API: integrations")
struct IntegrationsAPITests {
    @Test("Status per path, validation and setup values; unknown integrations are 404")
    func integrations() async throws {
        try await withApp(benignEvents: 100) { fixture, client in
            let list = try #require(try await client.execute(uri: "/api/v1/integrations", method: .get, headers: fixture.bearer(.viewer))
                .json()["integrations"].array)
            let paths = try #require(list.first?["paths"].array)
            #expect(paths.map { $0["path"].string } == ["systemLog", "eventHook", "eventBridge"])
            #expect((paths[1]["errors"].strings)?.first?.contains("signature") == true)
            // A running backfill's progress, and none on paths that are not backfilling.
            #expect(paths[0]["backfill"]["events"].int == 52_000 && paths[0]["backfill"]["etaSeconds"].exists)
            #expect(!paths[1]["backfill"].exists)

            let validation = try await client.execute(uri: "/api/v1/integrations/\(FakeIntegrations.id)/validate", method: .post,
                                                      headers: fixture.bearer(.analyst)).json()
            #expect(validation["ok"].bool == false)
            #expect(fixture.integrations.validations.withLock { $0 } == 1)
            #expect(try fixture.store.auditLog().first?.action == "integration.validate")
            #expect(try await client.execute(uri: "/api/v1/integrations/\(FakeIntegrations.id)/validate", method: .post,
                                             headers: fixture.bearer(.viewer)).status == .forbidden)

            let setup = try await client.execute(uri: "/api/v1/integrations/\(FakeIntegrations.id)/setup", method: .get,
                                                 headers: fixture.bearer(.viewer)).json()
            #expect(setup["integrationId"].string == FakeIntegrations.id)
            #expect(try await client.execute(uri: "/api/v1/integrations/other/setup", method: .get, headers: fixture.bearer(.viewer)).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/integrations/other/validate", method: .post, headers: fixture.bearer(.admin)).status == .notFound)
        }
    }

    @Test("The partner event source is named after the Okta subdomain and the integration ID")
    func partnerSource() {
        let setup = IntegrationSetup(integrationId: "acme-prod", eventHookURL: "https://v.example/h", oktaSubdomain: "acme")
        #expect(setup.eventSourceName == "acme-prod")
        #expect(setup.partnerEventSource == "aws.partner/okta.com/acme/acme-prod")
    }
}
