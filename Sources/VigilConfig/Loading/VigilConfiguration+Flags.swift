import Foundation

extension ConfigNode {
    /// The configuration `vigil serve` flags describe: one org, polled with an API token and optionally receiving
    /// hooks, served over HTTPS when given a certificate and key. It goes through the same reading and checks as a file (origins name the flags).
    public static func singleOrg(id: String?, orgURL: String?, apiTokenEnv: String?, hookSecretEnv: String?,
                                 poll: Bool, dataDirectory: String?, listen: String?,
                                 tlsCertificateFile: String? = nil, tlsKeyFile: String? = nil) -> ConfigNode {
        func value(_ text: String, _ flag: String) -> ConfigNode { .scalar(text, origin: flag) }
        var integration: [Entry] = []
        let derivedID = id ?? orgURL.flatMap { URLComponents(string: $0)?.host?.split(separator: ".").first.map(String.init) } ?? "default"
        integration.append(Entry("id", value(derivedID, id == nil ? "--org-url" : "--integration-id")))
        if let orgURL { integration.append(Entry("org_url", value(orgURL, "--org-url"))) }
        if let apiTokenEnv { integration.append(Entry("api_token_env", value(apiTokenEnv, "--api-token-env"))) }
        integration.append(Entry("poll", .map([Entry("enabled", value(poll ? "true" : "false", "--no-poll"))], origin: "--no-poll")))
        if let hookSecretEnv {
            integration.append(Entry("hooks", .map([Entry("secret_env", value(hookSecretEnv, "--hook-secret-env"))], origin: "--hook-secret-env")))
        }
        var root: [Entry] = []
        if let listen { root.append(Entry("listen", value(listen, "--listen"))) }
        if let dataDirectory { root.append(Entry("data_dir", value(dataDirectory, "--data-dir"))) }
        if tlsCertificateFile != nil || tlsKeyFile != nil {
            let tls = [("cert_file", tlsCertificateFile, "--tls-cert"), ("key_file", tlsKeyFile, "--tls-key")].compactMap { key, file, flag in
                file.map { Entry(key, value($0, flag)) }
            }
            root.append(Entry("tls", .map(tls, origin: "--tls-cert")))
        }
        if orgURL != nil { root.append(Entry("integrations", .list([.map(integration, origin: "--org-url")], origin: "--org-url"))) }
        return .map(root, origin: "flags")
    }
}
