import VigilEvent

/// Attacks that weaken the org's defences or its visibility.
extension AttackScenario {
    public static let policyDowngrade = AttackScenario(
        name: "policy-downgrade",
        summary: "An admin session weakens a sign-on policy rule from two factors to one, then deactivates a policy.",
        expectedDetections: ["Sign-on policy rule downgraded from 2FA to 1FA", "Policy deactivated"]
    ) { stage in
        let (_, admin, t) = stage.adminAtConsole()
        let policy = stage.org.signOnPolicy
        stage.emit(at: t + 25_000) {
            $0.policyRuleUpdate(admin, at: $1, policy: policy, rule: policy.rules[0],
                                from: [("factorMode", "2FA"), ("reauthenticateIn", "PT2H"), ("factorPromptMode", "ALWAYS")],
                                to: [("factorMode", "1FA"), ("reauthenticateIn", "PT12H"), ("factorPromptMode", "SESSION")])
        }
        let accessPolicy = stage.org.policies.first { $0.kind == .access && $0.name == "Any two factors" }!
        stage.emit(at: t + 70_000) { $0.policyDeactivate(admin, at: $1, policy: accessPolicy) }
    }

    public static let logStreamTampering = AttackScenario(
        name: "log-stream-tampering",
        summary: "An admin session deactivates and then deletes the org's log stream to the SIEM.",
        expectedDetections: ["Log stream deactivated or deleted (loss of visibility)"]
    ) { stage in
        let (_, admin, t) = stage.adminAtConsole()
        let stream = stage.org.integrations.first { $0.category == .logStream }!
        stage.emit(at: t + 20_000) { $0.integrationChange(.logStreamDeactivate, admin, at: $1, integration: stream) }
        stage.emit(at: t + 65_000) { $0.integrationChange(.logStreamDelete, admin, at: $1, integration: stream) }
    }

    public static let networkZoneDeleted = AttackScenario(
        name: "network-zone-deleted",
        summary: "An admin session deactivates and deletes the IP blocklist network zone.",
        expectedDetections: ["Network zone deleted"]
    ) { stage in
        let (_, admin, t) = stage.adminAtConsole()
        let zone = stage.org.zones.first { $0.usage == "BLOCKLIST" }!
        stage.emit(at: t + 15_000) { $0.zoneChange(.zoneDeactivate, admin, at: $1, zone: zone) }
        stage.emit(at: t + 18_000) { $0.zoneChange(.zoneDelete, admin, at: $1, zone: zone) }
    }
}
