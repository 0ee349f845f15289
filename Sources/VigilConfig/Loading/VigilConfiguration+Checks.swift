import Foundation

extension VigilConfiguration {
    /// What is wrong with values that read fine on their own: URLs, ranges, ids, and secrets and files that
    /// cannot be read. Each problem carries its key path.
    func problems(environment: [String: String], checkSecrets: Bool) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        func add(_ path: String, _ message: String) { problems.append(ConfigProblem(path: path, message: message)) }
        if let tls {
            for (key, file) in [("tls.cert_file", tls.certificateFile), ("tls.key_file", tls.keyFile)]
            where !FileManager.default.isReadableFile(atPath: file) {
                add(key, "cannot read \(file)")
            }
        }
        if dataDirectory.isEmpty { add("data_dir", "must not be empty") }
        if let rules = detection.rulesDirectory, !Self.isDirectory(rules) { add("detection.rules_dir", "\(rules) is not a directory") }
        var seen: [String: Int] = [:]
        for (i, integration) in integrations.enumerated() {
            let path = "integrations[\(i)]"
            if let first = seen[integration.id] {
                add("\(path).id", "'\(integration.id)' is already the id of integrations[\(first)]")
            } else {
                seen[integration.id] = i
            }
            problems += integration.problems(path: path, environment: checkSecrets ? environment : nil)
        }
        return problems
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension IntegrationConfiguration {
    /// Secrets are read from `environment` unless it is nil.
    func problems(path: String, environment: [String: String]?) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        func add(_ key: String, _ message: String) { problems.append(ConfigProblem(path: "\(path).\(key)", message: message)) }
        if !id.isEmpty, !Self.isValidID(id) {
            add("id", "must be 1–75 letters, digits, '.', '-' or '_' (it names the hook URL and the AWS event source), not '\(id)'")
        }
        if !orgURL.isEmpty, let problem = Self.urlProblem(orgURL, allowPath: false) { add("org_url", problem) }
        if poll.enabled {
            if credential == nil {
                add("poll", "polling needs a credential: api_token_env or api_token_file, oauth, or service_integration (or poll.enabled: false)")
            }
            if !(poll.backfillSeconds > 0 && poll.backfillSeconds <= Poll.maximumBackfill) {
                add("poll.backfill", "must be more than 0 and at most 90d (Okta keeps 90 days of System Log)")
            }
            if !(poll.intervalSeconds >= 1 && poll.intervalSeconds <= 3600) { add("poll.interval", "must be between 1s and 1h") }
        }
        if inventory.enabled, !(inventory.intervalSeconds >= Inventory.minimumInterval && inventory.intervalSeconds <= Inventory.maximumInterval) {
            add("inventory.interval", "must be between 5m and 7d")
        }
        if hooks.enabled {
            if hooks.secret == nil {
                add("hooks.secret_env", "hooks need a shared secret (secret_env or secret_file): the value of the hook's auth header")
            }
            if hooks.authHeader.isEmpty || !hooks.authHeader.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) {
                add("hooks.auth_header", "must be an HTTP header name, not '\(hooks.authHeader)'")
            }
        }
        if let eventBridge {
            if let problem = Self.urlProblem(eventBridge.queueURL, allowPath: true) { add("eventbridge.queue_url", problem) }
            if eventBridge.region.range(of: #"^[a-z]{2}(-[a-z]+)+-[0-9]$"#, options: .regularExpression) == nil {
                add("eventbridge.region", "must be an AWS region such as us-east-1, not '\(eventBridge.region)'")
            }
            if let endpoint = eventBridge.endpoint, let problem = Self.urlProblem(endpoint, allowPath: true) { add("eventbridge.endpoint", problem) }
        }
        if !(rateLimitReserve >= 0 && rateLimitReserve < 1) {
            add("rate_limit_reserve", "must be at least 0 and less than 1 (the share of each rate limit left to other clients)")
        }
        var secrets: [(String, SecretReference)] = credential?.secretReferences ?? []
        if hooks.enabled, let secret = hooks.secret { secrets.append(("hooks.secret", secret)) }
        for (key, reference) in secrets where environment != nil {
            do throws(SecretError) {
                _ = try reference.resolve(environment: environment ?? [:])
            } catch {
                if case .environment = reference { add(key + "_env", error.message) } else { add(key + "_file", error.message) }
            }
        }
        return problems
    }

    static func isValidID(_ id: String) -> Bool {
        (1...75).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
    }

    /// Why `text` is not an acceptable service URL: HTTPS, or plain HTTP only to this machine.
    static func urlProblem(_ text: String, allowPath: Bool) -> String? {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "must be a URL such as https://acme.okta.com, not '\(text)'"
        }
        let loopback = host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]"
        if scheme != "https" && !(scheme == "http" && loopback) { return "must be https:// (http only for 127.0.0.1)" }
        if !allowPath && !(url.path.isEmpty || url.path == "/") { return "must be the org's base URL, without a path ('\(url.path)')" }
        return nil
    }
}
