import Foundation
import Testing
@testable import VigilConfig

@Suite struct ConfigCheckTests {
    /// A configuration with many independent mistakes: every one must be reported, each with its path.
    static let broken = """
        listen: localhost
        tls:
          cert_file: /nonexistent/cert.pem
        integrations:
          - id: ok
            org_url: https://ok.okta.com
            api_token_env: OK_TOKEN
          - id: bad id!
            org_url: http://evil.example.com
            api_token_env: MISSING_TOKEN
            poll:
              backfill: 120d
              intervall: 10s
          - id: ok
            org_url: https://dup.okta.com
            api_token_env: OK_TOKEN
            oauth:
              client_id: x
              private_key_file: /nonexistent/key.pem
          - org_url: https://nokey.okta.com
            hooks:
              enabled: maybe
            eventbridge:
              queue_url: ftp://queue
              region: Mars
            rate_limit_reserve: 1.5
        """

    @Test func reportsEveryProblemWithItsPath() {
        let error = #expect(throws: ConfigError.self) {
            try VigilConfiguration(node: ConfigNode(yaml: Self.broken, file: "vigil.yml"), environment: ["OK_TOKEN": "x"])
        }
        let problems = error?.problems ?? []
        let byPath = Dictionary(grouping: problems, by: \.path)
        let expected: [String: String] = [
            "listen": "must be host:port",
            "tls": "needs both cert_file and key_file",
            "integrations[1].org_url": "must be https:// (http only for 127.0.0.1)",
            "integrations[1].id": "must be 1–75 letters",
            "integrations[1].poll.backfill": "at most 90d",
            "integrations[1].poll.intervall": "unknown key",
            "integrations[1].api_token_env": "environment variable MISSING_TOKEN is not set",
            "integrations[2].id": "already the id of integrations[0]",
            "integrations[2]": "give one credential",
            "integrations[3].id": "is required",
            "integrations[3].hooks.enabled": "must be true or false",
            "integrations[3].eventbridge.queue_url": "must be https://",
            "integrations[3].eventbridge.region": "must be an AWS region",
            "integrations[3].rate_limit_reserve": "less than 1",
            "integrations[3].poll": "polling needs a credential",
        ]
        for (path, text) in expected {
            #expect(byPath[path]?.contains { $0.message.contains(text) } == true, "missing problem at \(path): \(text)\nall: \(problems)")
        }
        // Positions point into the file.
        #expect(problems.first { $0.path == "integrations[1].poll.intervall" }?.origin?.hasPrefix("vigil.yml:13:") == true)
    }

    @Test func unreadableFileIsOneProblem() {
        let error = #expect(throws: ConfigError.self) { try VigilConfiguration(file: "/nonexistent/vigil.yml", environment: [:]) }
        #expect(error?.problems.count == 1)
    }

    @Test func invalidYAMLIsReported() {
        let error = #expect(throws: ConfigError.self) {
            try VigilConfiguration(node: ConfigNode(yaml: "listen: [unclosed", file: "v.yml"), environment: [:])
        }
        #expect(error?.problems.first?.message.hasPrefix("not valid YAML") == true)
    }
}
