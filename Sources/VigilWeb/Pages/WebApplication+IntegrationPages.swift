import Foundation
import Hummingbird

extension WebApplication {
    /// Okta's EventBridge log streams can target these regions (`AwsRegion` in Okta's API).
    static let awsRegions = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "eu-central-1", "eu-west-1",
                             "eu-west-2", "eu-west-3", "eu-north-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
                             "ap-south-1", "ap-southeast-1", "ap-southeast-2", "sa-east-1"]

    func addIntegrationPages(to router: Router<WebRequestContext>) {
        add(router, .get, "/integrations", .page, role: .viewer) { call in
            try await integrationsPage(call, validation: nil)
        }
        add(router, .post, "/integrations/{id}/validate", .page, role: .analyst) { call in
            let id = try call.parameter("id")
            return try await integrationsPage(call, validation: (id, try await validateIntegration(id, call)))
        }
        add(router, .get, "/integrations/{id}/setup", .page, role: .viewer) { call in
            let setup = try await integrationSetup(call.parameter("id"))
            return views.page("setup", title: "Set up \(setup.integrationId)", nav: "/integrations", identity: call.identity,
                              model: SetupModel(setup: setup, partnerEventSource: setup.partnerEventSource, eventSourceName: setup.eventSourceName,
                                                regions: Self.awsRegions.map { Option(value: $0, label: $0, selected: $0 == "us-east-1") }))
        }
    }

    private func integrationsPage(_ call: WebCall, validation: (id: String, result: IntegrationValidation)?) async throws -> Response {
        let list = try await directory().integrations()
        let rows = list.map { IntegrationRow($0, validation: validation?.id == $0.id ? validation?.result : nil) }
        return views.page("integrations", title: "Integrations", nav: "/integrations", identity: call.identity, model: ["integrations": rows])
    }

    struct SetupModel {
        var setup: IntegrationSetup
        var partnerEventSource: String
        var eventSourceName: String
        var regions: [Option]
    }
}

