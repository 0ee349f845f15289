import VigilDetect
import VigilEvent
import VigilOkta

/// Creates, verifies and activates the Okta event hook that delivers an org's events to Vigil. Running it again is
/// safe: a hook already pointing at the same URL is reused (verified and activated if it is not yet).
public struct EventHookProvisioning: Sendable {
    public let client: OktaClient

    public init(client: OktaClient) { self.client = client }

    /// The types Sysdig's integration subscribes to, which Okta makes hook-eligible.
    public static let baseEventTypes = [
        "application.user_membership.add", "group.user_membership.add", "system.api_token.create", "system.org.rate_limit.violation",
        "user.account.lock", "user.account.privilege.grant", "user.account.reset_password", "user.account.update_password",
        "user.authentication.auth_via_mfa", "user.authentication.sso", "user.session.start", "user.lifecycle.activate",
        "user.lifecycle.create", "user.lifecycle.deactivate", "user.lifecycle.suspend", "user.lifecycle.unsuspend",
        "user.mfa.factor.deactivate", "user.mfa.factor.reset_all",
    ]

    /// The base types plus every hook-eligible type a rule of `ruleSet` needs, within Okta's limit of 300 per hook.
    public static func eventTypes(for ruleSet: RuleSet) -> [String] {
        let ruled = ruleSet.rules.flatMap { $0.compiled.requiredEventTypes ?? [] }.filter(OktaEventTypeCatalog.isHookEligible)
        var seen: Set<String> = [], types: [String] = []
        for type in baseEventTypes + ruled.sorted() where seen.insert(type).inserted { types.append(type) }
        return Array(types.prefix(300))
    }

    /// The hook delivering `eventTypes` to `url` with `authHeader: secret`, active and verified.
    public func provision(name: String, url: String, eventTypes: [String], authHeader: String, secret: String) async throws -> OktaEventHook {
        var hook: OktaEventHook
        if let existing = try await client.eventHooks().first(where: { $0.channel.config.uri == url }) {
            hook = existing
        } else {
            hook = try await client.createEventHook(OktaEventHookRequest(name: name, uri: url, eventTypes: eventTypes,
                                                                         authHeader: authHeader, secret: secret))
        }
        if hook.status != "ACTIVE" { hook = try await client.activateEventHook(hook.id) }
        if hook.verificationStatus != "VERIFIED" { hook = try await client.verifyEventHook(hook.id) }
        return hook
    }
}
