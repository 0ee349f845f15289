extension SimulatedOrg {
    /// Admin roles, API tokens, policies, zones and integrations: the objects attacks tamper with.
    mutating func makeAdministration(_ random: inout SeededRandom) {
        // A few admins, like a real org: a couple of super admins, an org admin, help desk and read-only
        // accounts. They are active users from the IT group when there are enough of them.
        let itGroup = PersonNames.departments.firstIndex(of: "IT")!
        var candidates = users.indices.filter { users[$0].status == .active && users[$0].department == itGroup }
        candidates += users.indices.filter { users[$0].status == .active && users[$0].department != itGroup }
        let wanted: [AdminRoleAssignment.Role] = [.superAdmin, .superAdmin, .orgAdmin, .helpDeskAdmin, .readOnlyAdmin]
        for (role, user) in zip(wanted, candidates.prefix(max(1, min(wanted.count, users.count / 10)))) {
            roles.append(AdminRoleAssignment(id: random.oktaId("ra1", cell: cell), user: user, role: role))
        }
        if let owner = roles.first?.user {
            apiTokens.append(OrgAPIToken(id: random.oktaId("00T", cell: cell), name: "SIEM log export", owner: owner))
            apiTokens.append(OrgAPIToken(id: random.oktaId("00T", cell: cell), name: "HR provisioning sync", owner: owner))
        }
        let cell = self.cell
        func rule(_ name: String, _ mode: String) -> OrgPolicy.Rule {
            OrgPolicy.Rule(id: random.oktaId("0pr", cell: cell), name: name, factorMode: mode)
        }
        policies = [
            OrgPolicy(id: random.oktaId("00p", cell: cell), name: "Default Policy", kind: .signOn,
                      rules: [rule("Require MFA off network", "2FA"), rule("Default Rule", "2FA")]),
            OrgPolicy(id: random.oktaId("rst", cell: cell), name: "Okta Admin Console", kind: .access,
                      rules: [rule("Admins: phishing-resistant MFA", "2FA"), rule("Catch-all Rule", "2FA")]),
            OrgPolicy(id: random.oktaId("rst", cell: cell), name: "Okta Dashboard", kind: .access,
                      rules: [rule("Catch-all Rule", "2FA")]),
            OrgPolicy(id: random.oktaId("rst", cell: cell), name: "Any two factors", kind: .access,
                      rules: [rule("Catch-all Rule", "2FA")]),
            OrgPolicy(id: random.oktaId("00p", cell: cell), name: "Default Password Policy", kind: .password,
                      rules: [rule("Default Rule", "1FA")]),
            OrgPolicy(id: random.oktaId("00p", cell: cell), name: "Default MFA Enrollment Policy", kind: .mfaEnroll,
                      rules: [rule("Default Rule", "2FA")]),
        ]
        zones = [
            OrgNetworkZone(id: random.oktaId("nzo", cell: cell), name: "Corporate Offices", type: "IP", usage: "POLICY",
                           gateways: [office.ip + "/32"]),
            OrgNetworkZone(id: random.oktaId("nzo", cell: cell), name: "BlockedIpZone", type: "IP", usage: "BLOCKLIST",
                           gateways: []),
            OrgNetworkZone(id: random.oktaId("nzo", cell: cell), name: "Blocked anonymizers", type: "DYNAMIC", usage: "BLOCKLIST",
                           gateways: []),
        ]
        integrations = [
            OrgIntegration(id: random.oktaId("0oa", cell: cell), name: "Google Workspace", category: .identityProvider,
                           kind: "GOOGLE", endpoint: "https://accounts.google.com/o/oauth2/auth"),
            OrgIntegration(id: random.oktaId("who", cell: cell), name: "Vigil ITDR", category: .eventHook,
                           kind: "HTTP", endpoint: "https://vigil.internal/okta/hook"),
            OrgIntegration(id: random.oktaId("0oa", cell: cell), name: "SIEM EventBridge", category: .logStream,
                           kind: "aws_eventbridge", endpoint: "aws.partner/okta.com/\(subdomain)/siem-okta"),
        ]
    }
}
