import Foundation
import Testing
@testable import VigilConfig

@Suite struct ConfigReadingTests {
    static let full = """
        listen: 0.0.0.0:8443
        tls:
          cert_file: /etc/hosts
          key_file: /etc/hosts
        data_dir: /var/lib/vigil
        hooks:
          max_body_bytes: 2048
        integrations:
          - id: acme-prod
            org_url: https://acme.okta.com/
            api_token_env: ACME_TOKEN
            poll:
              backfill: 30d
              interval: 15s
            hooks:
              auth_header: X-Vigil-Hook
              secret_env: ACME_HOOK_SECRET
            eventbridge:
              queue_url: https://sqs.us-east-1.amazonaws.com/123456789012/okta
              region: us-east-1
              endpoint: http://127.0.0.1:4566
            rate_limit_reserve: 0.25
          - id: beta
            org_url: https://beta.oktapreview.com
            oauth:
              client_id: 0oa1
              private_key_file: /etc/hosts
              key_id: k1
              scopes: [okta.logs.read, okta.users.read]
          - id: gamma
            org_url: https://gamma.okta.com
            service_integration:
              client_id: 0oa2
              client_secret_env: GAMMA_SECRET
              second_client_secret_file: /etc/hosts
        detection:
          rules_dir: /tmp
          disabled_rules: [abc, "Okta sign-in failed"]
          correlation:
            window: 10m
        notifications:
          slack: {}
        """

    static let environment = ["ACME_TOKEN": "t0k3n", "ACME_HOOK_SECRET": "hook-s3cret", "GAMMA_SECRET": "g"]

    @Test func readsEverySection() throws {
        let config = try VigilConfiguration(node: ConfigNode(yaml: Self.full, file: "vigil.yml"), environment: Self.environment)
        #expect(config.listen == ListenAddress(host: "0.0.0.0", port: 8443))
        #expect(config.tls == .init(certificateFile: "/etc/hosts", keyFile: "/etc/hosts"))
        #expect(config.dataDirectory == "/var/lib/vigil")
        #expect(config.maxHookBodyBytes == 2048)
        let acme = try #require(config.integration("acme-prod"))
        #expect(acme.orgURL == "https://acme.okta.com")
        #expect(acme.credential == .apiToken(.environment("ACME_TOKEN")))
        #expect(acme.poll == .init(enabled: true, backfillSeconds: 30 * 86_400, intervalSeconds: 15))
        #expect(acme.hooks == .init(enabled: true, authHeader: "X-Vigil-Hook", secret: .environment("ACME_HOOK_SECRET")))
        #expect(acme.eventBridge?.region == "us-east-1")
        #expect(acme.eventBridge?.endpoint == "http://127.0.0.1:4566")
        #expect(acme.rateLimitReserve == 0.25)
        let beta = try #require(config.integration("beta"))
        #expect(beta.credential == .oauth(.init(clientID: "0oa1", privateKey: .file("/etc/hosts"), keyID: "k1",
                                                scopes: ["okta.logs.read", "okta.users.read"])))
        #expect(beta.poll.backfillSeconds == 7 * 86_400 && beta.poll.intervalSeconds == 10 && !beta.hooks.enabled)
        let gamma = try #require(config.integration("gamma"))
        #expect(gamma.credential == .serviceIntegration(.init(clientID: "0oa2", clientSecret: .environment("GAMMA_SECRET"),
                                                              secondClientSecret: .file("/etc/hosts"), scopes: ["okta.logs.read"])))
        #expect(config.detection.rulesDirectory == "/tmp")
        #expect(config.detection.disabledRules == ["abc", "Okta sign-in failed"])
        struct Correlation: Decodable { struct Inner: Decodable { var window: String }; var correlation: Inner }
        #expect(try config.detection.decode(Correlation.self).correlation.window == "10m")
        #expect(config.otherSections.keys.sorted() == ["notifications"])
    }

    @Test func environmentOverridesFileValues() throws {
        var env = Self.environment
        env["VIGIL_LISTEN"] = "127.0.0.1:9999"
        env["VIGIL_DATA_DIR"] = "/data"
        env["VIGIL_INTEGRATION_ACME_PROD_POLL_INTERVAL"] = "1m"
        env["VIGIL_INTEGRATION_ACME_PROD_HOOKS_ENABLED"] = "false"
        env["VIGIL_INTEGRATION_BETA_ORG_URL"] = "https://beta2.okta.com"
        let config = try VigilConfiguration(node: ConfigNode(yaml: Self.full, file: "vigil.yml"), environment: env)
        #expect(config.listen == ListenAddress(host: "127.0.0.1", port: 9999))
        #expect(config.dataDirectory == "/data")
        #expect(config.integration("acme-prod")?.poll.intervalSeconds == 60)
        #expect(config.integration("acme-prod")?.hooks.enabled == false)
        #expect(config.integration("beta")?.orgURL == "https://beta2.okta.com")
    }

    @Test func badOverridesAreReportedWithTheVariable() {
        var env = Self.environment
        env["VIGIL_LISTEN"] = "nowhere"
        env["VIGIL_INTEGRATION_NOPE_ORG_URL"] = "https://x.okta.com"
        let error = #expect(throws: ConfigError.self) {
            try VigilConfiguration(node: ConfigNode(yaml: Self.full, file: "vigil.yml"), environment: env)
        }
        let lines = error?.problems.map(\.description) ?? []
        #expect(lines.contains { $0.hasPrefix("VIGIL_LISTEN: listen: must be host:port") })
        #expect(lines.contains { $0.hasPrefix("VIGIL_INTEGRATION_NOPE_ORG_URL: names no configured integration") })
    }

    @Test func flagsBuildTheSameModel() throws {
        let node = ConfigNode.singleOrg(id: nil, orgURL: "https://acme.okta.com", apiTokenEnv: "ACME_TOKEN", hookSecretEnv: "ACME_HOOK_SECRET",
                                        poll: true, dataDirectory: "/d", listen: "127.0.0.1:0")
        let config = try VigilConfiguration(node: node, environment: Self.environment)
        #expect(config.listen.port == 0)
        #expect(config.dataDirectory == "/d")
        #expect(config.integrations == [IntegrationConfiguration(id: "acme", orgURL: "https://acme.okta.com", credential: .apiToken(.environment("ACME_TOKEN")),
                                                                 hooks: .init(enabled: true, secret: .environment("ACME_HOOK_SECRET")))])
    }

    @Test func durations() {
        #expect(ConfigReader.seconds("500ms") == 0.5)
        #expect(ConfigReader.seconds("10s") == 10)
        #expect(ConfigReader.seconds("5m") == 300)
        #expect(ConfigReader.seconds("7d") == 604_800)
        #expect(ConfigReader.seconds("7") == nil)
        #expect(ConfigReader.seconds("-1s") == nil)
    }
}
