import Testing
@testable import VigilConfig

/// Each integration's `inventory:` section: hourly by default, read, overridden from the environment, checked.
@Suite struct InventoryConfigTests {
    static func yaml(_ inventory: String) -> String {
        """
        integrations:
          - id: acme
            org_url: https://acme.okta.com
            api_token_env: TOKEN
        \(inventory)
        """
    }

    static func read(_ inventory: String, environment: [String: String] = [:]) throws(ConfigError) -> IntegrationConfiguration.Inventory {
        let config = try VigilConfiguration(node: ConfigNode(yaml: yaml(inventory), file: "v.yml"),
                                            environment: environment.merging(["TOKEN": "t"]) { $1 })
        return config.integrations[0].inventory
    }

    @Test func defaultsToHourly() throws {
        #expect(try Self.read("") == IntegrationConfiguration.Inventory(enabled: true, intervalSeconds: 3600))
    }

    @Test func readsTheSectionAndItsOverrides() throws {
        #expect(try Self.read("    inventory: {interval: 30m}").intervalSeconds == 1800)
        #expect(try Self.read("    inventory: {enabled: false}").enabled == false)
        let overridden = try Self.read("    inventory: {interval: 30m}",
                                       environment: ["VIGIL_INTEGRATION_ACME_INVENTORY_INTERVAL": "2h", "VIGIL_INTEGRATION_ACME_INVENTORY_ENABLED": "false"])
        #expect(overridden == IntegrationConfiguration.Inventory(enabled: false, intervalSeconds: 7200))
    }

    @Test func reportsABadIntervalAndUnknownKeys() {
        let error = #expect(throws: ConfigError.self) { try Self.read("    inventory: {interval: 10s, every: 1h}") }
        let problems = error?.problems ?? []
        #expect(problems.contains { $0.path == "integrations[0].inventory.interval" && $0.message.contains("between 5m and 7d") }, "\(problems)")
        #expect(problems.contains { $0.path == "integrations[0].inventory.every" && $0.message.contains("unknown key") }, "\(problems)")
    }
}
