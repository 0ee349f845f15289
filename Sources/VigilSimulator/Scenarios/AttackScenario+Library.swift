/// The scenario library, in the order `vigil simulate scenarios` lists it.
extension AttackScenario {
    public static let all: [AttackScenario] = [
        mfaPushBombing, passwordSpraySingleIP, passwordSprayDistributed, bruteForceLockout, credentialStuffing,
        loginAfterSpray, sessionCookieReplay, impossibleTravel, superAdminGranted, apiTokenCreated, factorResetThenEnroll,
        idpCreatedAndUsed, policyDowngrade, oktaSupportImpersonation, userReportsSuspiciousActivity, logStreamTampering,
        adminConsoleViaProxy, networkZoneDeleted,
    ]

    /// The scenario with this name, if any.
    public static func named(_ name: String) -> AttackScenario? { all.first { $0.name == name } }
}
