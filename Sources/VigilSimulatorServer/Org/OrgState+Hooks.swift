import VigilEvent
import VigilSimulator

extension OrgState {
    func deliverableHooks() -> [EventHook] { hooks.deliverable }
    func eventHooks() -> [EventHook] { hooks.hooks }
    func eventHook(_ id: String) throws(OktaError) -> EventHook { try hooks.hook(id) }

    /// Creates a hook: ACTIVE but UNVERIFIED, so it receives nothing until verified.
    func createHook(_ definition: EventHook, by principal: Principal) throws(OktaError) -> EventHook {
        try EventHookRegistry.validate(definition)
        var hook = definition
        let now = self.now
        hook.id = ids.oktaId("who", cell: org.cell)
        hook.status = "ACTIVE"
        hook.verificationStatus = "UNVERIFIED"
        hook.created = now.iso8601
        hook.lastUpdated = now.iso8601
        hook.createdBy = context(of: principal).actor.id
        hooks.put(hook)
        logChange(.eventHookCreated, hook, by: principal)
        return hook
    }

    /// Replaces a hook's definition; a new endpoint must be verified again. A missing auth value keeps the old one.
    func updateHook(_ id: String, with definition: EventHook, by principal: Principal) throws(OktaError) -> EventHook {
        let old = try hooks.hook(id)
        try EventHookRegistry.validate(definition)
        var hook = definition
        hook.id = id
        hook.status = old.status
        hook.created = old.created
        hook.createdBy = old.createdBy
        hook.lastUpdated = now.iso8601
        hook.verificationStatus = definition.channel.config.uri == old.channel.config.uri ? old.verificationStatus : "UNVERIFIED"
        if hook.channel.config.authScheme?.value == nil, hook.channel.config.authScheme != nil {
            hook.channel.config.authScheme?.value = old.channel.config.authScheme?.value
        }
        hooks.put(hook)
        logChange(.eventHookUpdated, hook, by: principal)
        return hook
    }

    func setHookStatus(_ id: String, active: Bool, by principal: Principal) throws(OktaError) -> EventHook {
        var hook = try hooks.hook(id)
        if active, hook.verificationStatus == "VERIFIED" { try hooks.checkCapacity(adding: id) }
        hook.status = active ? "ACTIVE" : "INACTIVE"
        hook.lastUpdated = now.iso8601
        hooks.put(hook)
        logChange(active ? .eventHookActivated : .eventHookDeactivated, hook, by: principal)
        return hook
    }

    func markVerified(_ id: String, by principal: Principal) throws(OktaError) -> EventHook {
        var hook = try hooks.hook(id)
        if hook.status == "ACTIVE" { try hooks.checkCapacity(adding: id) }
        hook.verificationStatus = "VERIFIED"
        hook.lastUpdated = now.iso8601
        hooks.put(hook)
        logChange(.eventHookVerified, hook, by: principal)
        return hook
    }

    /// Deletes a hook; Okta only deletes inactive ones.
    func deleteHook(_ id: String, by principal: Principal) throws(OktaError) {
        let hook = try hooks.hook(id)
        guard hook.status != "ACTIVE" else {
            throw OktaError.validation("eventHook: An active event hook cannot be deleted; deactivate it first")
        }
        hooks.remove(id)
        logChange(.eventHookDeleted, hook, by: principal)
    }

    /// Logs a delivery that failed after its retry, as Okta does, naming the events that were not delivered.
    func logHookDeliveryFailure(_ hook: EventHook, events: [String], reason: String) {
        logSystemEvent(.eventHookDelivery, target: EventTarget(id: hook.id ?? "", type: "EventHook", alternateId: hook.name, displayName: hook.name),
                       outcome: EventOutcome("FAILURE", reason: String(reason.prefix(255))),
                       extra: [("eventHookIds", hook.id ?? ""), ("undeliveredEventIds", events.joined(separator: ","))])
    }

    private func logChange(_ kind: EventKind, _ hook: EventHook, by principal: Principal) {
        let bytes = factory.apiObjectChange(kind, context(of: principal), at: now, id: hook.id ?? "", type: "EventHook", name: hook.name)
        record([SimulatedEvent(bytes: bytes, published: now, label: SimulatedEvent.apiLabel)])
    }

    /// An event Okta writes about its own background work: no client, a system actor, a JOB transaction.
    func logSystemEvent(_ kind: EventKind, target: EventTarget, outcome: EventOutcome, extra: [(String, String)]) {
        let now = self.now
        var draft = LogEventDraft(kind: kind, published: now,
                                  actor: EventActor(id: "0oa1system" + org.cell, type: "SystemPrincipal", alternateId: "system@okta.com",
                                                    displayName: "Okta System"),
                                  origin: nil)
        draft.outcome = outcome
        draft.severity = outcome.isFailure ? "WARN" : "INFO"
        draft.targets = [target]
        draft.debugExtra = extra
        draft.transactionType = "JOB"
        record([SimulatedEvent(bytes: factory.render(draft), published: now, label: SimulatedEvent.apiLabel)])
    }
}

extension OrgState {
    /// `app.oauth2.as.token.grant` for a token the org authorization server issued by client credentials.
    func logTokenGrant(clientId: String, scopes: Set<String>) {
        let caller = SignInContext(actor: EventActor(id: clientId, type: "PublicClientApp", alternateId: clientId, displayName: clientId),
                                   origin: org.integrationOrigin, sessionId: "unknown")
        let bytes = factory.apiObjectChange(.tokenGrant, caller, at: now, id: clientId, type: "access_token", name: "Access Token",
                                            extra: [("grantType", "client_credentials"), ("grantedScopes", scopes.sorted().joined(separator: " "))])
        record([SimulatedEvent(bytes: bytes, published: now, label: SimulatedEvent.apiLabel)])
    }
}
