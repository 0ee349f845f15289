import Foundation
import Testing
@testable import VigilConfig

@Suite struct SecretTests {
    @Test func neverPrintsItsValue() {
        let secret = Secret("hunter2-very-secret")
        #expect("\(secret)" == "<redacted>")
        #expect(String(describing: secret) == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        let endpoint = (name: "acme", secret: secret)
        #expect(!"\(endpoint)".contains("hunter2"))
        #expect(secret.reveal() == "hunter2-very-secret")
    }

    @Test func comparesWholeValues() {
        let secret = Secret("abc")
        #expect(secret.matches("abc"))
        #expect(!secret.matches("ab"))
        #expect(!secret.matches("abcd"))
        #expect(!secret.matches("abd"))
        #expect(!secret.matches(""))
    }

    @Test func resolvesFromEnvironmentAndFiles() throws {
        #expect(try SecretReference.environment("T").resolve(environment: ["T": "v"]).reveal() == "v")
        #expect(throws: SecretError.self) { try SecretReference.environment("T").resolve(environment: [:]) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-secret-\(UUID().uuidString)")
        try "from-file\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try SecretReference.file(file.path).resolve().reveal() == "from-file")
        #expect("\(SecretReference.environment("T"))" == "$T")
    }

    @Test func configurationErrorsDoNotContainSecretValues() {
        let yaml = """
            integrations:
              - id: a
                org_url: http://a.example.com
                api_token_env: TOKEN
            """
        let error = #expect(throws: ConfigError.self) {
            try VigilConfiguration(node: ConfigNode(yaml: yaml, file: nil), environment: ["TOKEN": "super-secret-token"])
        }
        #expect(!(error?.description.contains("super-secret-token") ?? true))
    }
}
