import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigilConfig
import VigilIngest
@testable import VigilServer

@Suite struct HookRouteTests {
    static let secret = "s3cret-hook-value"

    /// A service with one hooks integration (`acme` unless named), its ingestion running, its routes (with
    /// `/metrics` when `metrics`) on a test application.
    static func withService(integrationID: String = "acme", metrics: Bool = false,
                            _ body: @escaping @Sendable (VigilService, any TestClientProtocol) async throws -> Void) async throws {
        let dir = HookFixtures.temporaryDirectory("hooks")
        defer { try? FileManager.default.removeItem(at: dir) }
        var components = VigilService.Components()
        components.environment = ["HOOK_SECRET": secret]
        components.removalCheckInterval = .milliseconds(50)
        if metrics { components.metrics = VigilMetrics.registry }
        let integration = IntegrationConfiguration(id: integrationID, orgURL: "https://acme.okta.com", poll: .init(enabled: false),
                                                   hooks: .init(enabled: true, authHeader: "X-Vigil-Secret", secret: .environment("HOOK_SECRET")))
        let config = VigilConfiguration(dataDirectory: dir.path, maxHookBodyBytes: 4096, integrations: [integration])
        let service = try VigilService(configuration: config, components: components)
        let router = Router()
        service.addRoutes(to: router)
        let app = Application(router: router)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.runIngestion() }
            while !service.readiness.problems().isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            try await app.test(.router) { client in try await body(service, client) }
            group.cancelAll()
        }
    }

    static func headers(secret: String? = Self.secret) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let secret { fields[HTTPField.Name("X-Vigil-Secret")!] = secret }
        return fields
    }

    @Test func storesADeliveryAndAbsorbsItsRedelivery() async throws {
        try await Self.withService { service, client in
            let body = HookFixtures.delivery((0..<5).map { HookFixtures.event(HookFixtures.uuid($0)) })
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                // Acknowledged once in the inbox, on disk; stored a moment later.
                #expect(String(buffer: response.body) == #"{"queued":5,"received":5}"#)
            }
            await service.inbox.settled()
            #expect(try service.store.eventCount() == 5)
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"queued":5,"received":5}"#)
            }
            await service.inbox.settled()
            #expect(try service.store.eventCount() == 5)
            #expect(service.pipeline.status.status("acme", .hook)?.duplicates == 5, "the redelivery was absorbed")
        }
    }

    @Test func malformedDeliveryIsRefusedWholeWithTheReason() async throws {
        try await Self.withService { service, client in
            let noUUID = #"{"published":"2026-11-21T10:00:00.000Z","eventType":"user.session.start"}"#
            let body = HookFixtures.delivery([HookFixtures.event(HookFixtures.uuid(1)), noUUID])
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let text = String(buffer: response.body)
                #expect(text.contains("missing required field 'uuid'"))
                #expect(text.contains("data.events[1]"))
            }
            for bad in ["{not json", "", #"{"uuid":"a"}"#, "[" + HookFixtures.event(HookFixtures.uuid(2)) + "]"] {
                try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: ByteBuffer(string: bad)) { response in
                    #expect(response.status == .badRequest, "body \(bad)")
                }
            }
            #expect(try service.store.eventCount() == 0)
            #expect(service.pipeline.status.status("acme", .hook)?.lastError?.contains("refused a delivery") == true)
        }
    }

    @Test func wrongOrMissingSecretIs401() async throws {
        try await Self.withService { service, client in
            let body = ByteBuffer(string: HookFixtures.delivery([HookFixtures.event(HookFixtures.uuid(1))]))
            for secret in [nil, "wrong", Self.secret + "x", String(Self.secret.dropLast())] {
                try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(secret: secret), body: body) { response in
                    #expect(response.status == .unauthorized)
                    #expect(!String(buffer: response.body).contains(Self.secret))
                }
            }
            try await client.execute(uri: "/hooks/okta/acme", method: .get, headers: Self.headers(secret: "wrong")) { #expect($0.status == .unauthorized) }
            #expect(try service.store.eventCount() == 0)
        }
    }

    @Test func unknownIntegrationIs404() async throws {
        try await Self.withService { _, client in
            let body = ByteBuffer(string: HookFixtures.delivery([HookFixtures.event(HookFixtures.uuid(1))]))
            try await client.execute(uri: "/hooks/okta/other", method: .post, headers: Self.headers(), body: body) { #expect($0.status == .notFound) }
        }
    }

    @Test func oversizedBodyIs413() async throws {
        try await Self.withService { service, client in
            let events = (0..<40).map { HookFixtures.event(HookFixtures.uuid($0)) }
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(),
                                     body: ByteBuffer(string: HookFixtures.delivery(events))) { #expect($0.status == .contentTooLarge) }
            #expect(try service.store.eventCount() == 0)
        }
    }

    @Test func verificationEchoesTheChallenge() async throws {
        try await Self.withService { _, client in
            var headers = Self.headers()
            headers[HTTPField.Name("x-okta-verification-challenge")!] = "chal\"lenge-42"
            try await client.execute(uri: "/hooks/okta/acme", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: String]
                #expect(json == ["verification": "chal\"lenge-42"])
            }
            try await client.execute(uri: "/hooks/okta/acme", method: .get, headers: Self.headers()) { #expect($0.status == .badRequest) }
        }
    }

    @Test func removedIntegrationGets404AndKeepsItsEvents() async throws {
        try await Self.withService { service, client in
            let body = { (n: Int) in ByteBuffer(string: HookFixtures.delivery([HookFixtures.event(HookFixtures.uuid(n))])) }
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: body(1)) { #expect($0.status == .ok) }
            try service.store.removeIntegration("acme")
            let deadline = ContinuousClock.now + .seconds(5)
            while service.hookReceiver.endpoint("acme") != nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            try await client.execute(uri: "/hooks/okta/acme", method: .post, headers: Self.headers(), body: body(2)) { #expect($0.status == .notFound) }
            #expect(try service.store.eventCount() == 1)
        }
    }

    @Test func healthAndReadiness() async throws {
        try await Self.withService { _, client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
        }
    }
}
