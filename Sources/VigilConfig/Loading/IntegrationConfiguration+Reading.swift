extension IntegrationConfiguration {
    static let keys: Set<String> = ["id", "org_url", "api_token_env", "api_token_file", "oauth", "service_integration",
                                    "poll", "hooks", "eventbridge", "rate_limit_reserve", "inventory"]

    static func read(_ node: ConfigNode, _ path: String, _ r: inout ConfigReader) -> IntegrationConfiguration? {
        guard let f = r.map(node, path, known: keys) else { return nil }
        let id = r.string(f, "id"), orgURL = r.string(f, "org_url")
        if id == nil { r.problem(f.path("id"), node, "is required") }
        if orgURL == nil { r.problem(f.path("org_url"), node, "is required (e.g. https://acme.okta.com)") }
        var integration = IntegrationConfiguration(id: id ?? "", orgURL: (orgURL ?? "").trimmingSuffix("/"))
        integration.credential = readCredential(f, node, &r)
        if let poll = f["poll"], let p = r.map(poll, f.path("poll"), known: ["enabled", "backfill", "interval"]) {
            integration.poll.enabled = r.bool(p, "enabled") ?? integration.poll.enabled
            integration.poll.backfillSeconds = r.duration(p, "backfill") ?? integration.poll.backfillSeconds
            integration.poll.intervalSeconds = r.duration(p, "interval") ?? integration.poll.intervalSeconds
        }
        if let inventory = f["inventory"], let i = r.map(inventory, f.path("inventory"), known: ["enabled", "interval"]) {
            integration.inventory.enabled = r.bool(i, "enabled") ?? integration.inventory.enabled
            integration.inventory.intervalSeconds = r.duration(i, "interval") ?? integration.inventory.intervalSeconds
        }
        if let hooks = f["hooks"], let h = r.map(hooks, f.path("hooks"), known: ["enabled", "auth_header", "secret_env", "secret_file"]) {
            // Writing a hooks section means wanting hooks, unless it says otherwise.
            integration.hooks.enabled = r.bool(h, "enabled") ?? true
            integration.hooks.authHeader = r.string(h, "auth_header") ?? integration.hooks.authHeader
            integration.hooks.secret = r.secret(h, "secret")
        }
        if let eb = f["eventbridge"] {
            integration.eventBridge = readEventBridge(eb, f.path("eventbridge"), &r)
        }
        integration.rateLimitReserve = r.number(f, "rate_limit_reserve") ?? integration.rateLimitReserve
        return integration
    }

    private static func readCredential(_ f: ConfigReader.Fields, _ node: ConfigNode, _ r: inout ConfigReader) -> OktaCredential? {
        var found: [OktaCredential] = []
        if let token = r.secret(f, "api_token") { found.append(.apiToken(token)) }
        if let oauth = f["oauth"], let o = r.map(oauth, f.path("oauth"), known: ["client_id", "private_key_file", "private_key_env", "key_id", "scopes"]) {
            let clientID = r.string(o, "client_id"), key = r.secret(o, "private_key")
            if clientID == nil { r.problem(o.path("client_id"), oauth, "is required") }
            if key == nil { r.problem(o.path("private_key_file"), oauth, "is required (a PEM or JWK file with the app's private key)") }
            if let clientID, let key {
                found.append(.oauth(.init(clientID: clientID, privateKey: key, keyID: r.string(o, "key_id"),
                                          scopes: r.strings(o, "scopes") ?? OktaCredential.defaultScopes)))
            }
        }
        if let service = f["service_integration"],
           let s = r.map(service, f.path("service_integration"),
                         known: ["client_id", "client_secret_env", "client_secret_file", "second_client_secret_env", "second_client_secret_file", "scopes"]) {
            let clientID = r.string(s, "client_id"), secret = r.secret(s, "client_secret")
            if clientID == nil { r.problem(s.path("client_id"), service, "is required") }
            if secret == nil { r.problem(s.path("client_secret_env"), service, "is required (or client_secret_file)") }
            if let clientID, let secret {
                found.append(.serviceIntegration(.init(clientID: clientID, clientSecret: secret, secondClientSecret: r.secret(s, "second_client_secret"),
                                                       scopes: r.strings(s, "scopes") ?? OktaCredential.defaultScopes)))
            }
        }
        if found.count > 1 {
            r.problem(f.path, node, "give one credential: api_token_env/api_token_file, oauth or service_integration, not several")
        }
        return found.first
    }

    private static func readEventBridge(_ node: ConfigNode, _ path: String, _ r: inout ConfigReader) -> EventBridge? {
        let keys: Set<String> = ["queue_url", "region", "access_key_id_env", "secret_access_key_env", "session_token_env", "endpoint"]
        guard let e = r.map(node, path, known: keys) else { return nil }
        let queue = r.string(e, "queue_url"), region = r.string(e, "region")
        if queue == nil { r.problem(e.path("queue_url"), node, "is required (the SQS queue the EventBridge rule targets)") }
        if region == nil { r.problem(e.path("region"), node, "is required (e.g. us-east-1)") }
        guard let queue, let region else { return nil }
        var eventBridge = EventBridge(queueURL: queue, region: region, endpoint: r.string(e, "endpoint"))
        eventBridge.accessKeyIDEnv = r.string(e, "access_key_id_env") ?? eventBridge.accessKeyIDEnv
        eventBridge.secretAccessKeyEnv = r.string(e, "secret_access_key_env") ?? eventBridge.secretAccessKeyEnv
        eventBridge.sessionTokenEnv = r.string(e, "session_token_env") ?? eventBridge.sessionTokenEnv
        return eventBridge
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var s = self
        while s.hasSuffix(suffix) { s.removeLast(suffix.count) }
        return s
    }
}
