import Foundation

extension OktaClient {
    /// A feature `validate()` probes: a cheap read that needs the same rights as the feature.
    struct Probe {
        var name: String
        var path: String
        var query: [(String, String?)]
        var scope: String
        var role: String
    }

    static let probes = [
        Probe(name: "logs", path: "/api/v1/logs", query: [("limit", "1")], scope: "okta.logs.read", role: "Read-only Administrator"),
        Probe(name: "users", path: "/api/v1/users", query: [("limit", "1")], scope: "okta.users.read", role: "Read-only Administrator"),
        Probe(name: "event hooks", path: "/api/v1/eventHooks", query: [], scope: "okta.eventHooks.read (okta.eventHooks.manage to register)",
              role: "Super Administrator"),
        Probe(name: "log streams", path: "/api/v1/logStreams", query: [], scope: "okta.logStreams.read", role: "Super Administrator"),
    ]

    /// Checks what Vigil needs from the org: that it answers, that the credential works, which features the
    /// credential's scopes and roles allow, and that the clocks agree (client assertions and time windows depend
    /// on it). Never throws: every problem becomes a failed check with a suggested fix.
    public func validate() async -> OktaSetupReport {
        var report = OktaSetupReport(checks: [])
        // Any answer to an unauthenticated request proves the org is reachable (and gives its clock).
        do {
            let answer = try await transport.send(OktaRequest(url: url("/.well-known/okta-organization")))
            report.clockSkew = answer.date.map { Date().timeIntervalSince($0) }
            report.checks.append(OktaSetupCheck("reachability", .passed, "\(orgURL.absoluteString) answers"))
        } catch {
            report.checks.append(OktaSetupCheck("reachability", .failed, String(describing: error),
                                                fix: "Check the org URL, DNS, and any proxy or firewall between Vigil and Okta."))
            return report.skippingRest(after: "reachability")
        }
        do {
            _ = try await authenticator.authorization()
        } catch {
            let hint = (error as? OktaAPIError)?.hint ?? "Check the client ID and credential."
            report.checks.append(OktaSetupCheck("credentials", .failed, String(describing: error), fix: hint))
            return report.skippingRest(after: "credentials")
        }
        var credentialsChecked = false
        for probe in Self.probes {
            let response: OktaResponse
            do {
                response = try await send(OktaRequest(url: url(probe.path, probe.query)))
            } catch {
                report.checks.append(OktaSetupCheck(probe.name, .failed, String(describing: error), fix: "Retry; Okta did not answer."))
                continue
            }
            if let date = response.date { report.clockSkew = Date().timeIntervalSince(date) }
            if !credentialsChecked {
                credentialsChecked = true
                if response.status == 401 {
                    let error = OktaAPIError(request: "GET \(probe.path)", status: 401, body: response.body)
                    report.checks.append(OktaSetupCheck("credentials", .failed, error.description,
                                                        fix: error.hint ?? "Create a new API token or check the app's credentials."))
                    return report.skippingRest(after: "credentials")
                }
                report.checks.append(OktaSetupCheck("credentials", .passed, credentialDescription))
            }
            report.checks.append(Self.outcome(of: probe, response))
        }
        report.checks.append(Self.clockCheck(report.clockSkew))
        return report
    }

    static func outcome(of probe: Probe, _ response: OktaResponse) -> OktaSetupCheck {
        switch response.status {
        case 200..<300:
            return OktaSetupCheck(probe.name, .passed, "GET \(probe.path) allowed")
        case 403, 401:
            let error = OktaAPIError(request: "GET \(probe.path)", status: response.status, body: response.body)
            return OktaSetupCheck(probe.name, .failed, error.description,
                                  fix: "Grant the scope \(probe.scope) to the app, or use a token of an admin with the \(probe.role) role.")
        default:
            let error = OktaAPIError(request: "GET \(probe.path)", status: response.status, body: response.body)
            return OktaSetupCheck(probe.name, .warning, error.description, fix: error.hint)
        }
    }

    static func clockCheck(_ skew: Double?) -> OktaSetupCheck {
        guard let skew else { return OktaSetupCheck("clock", .warning, "Okta sent no Date header; clock skew unknown") }
        let text = String(format: "local clock is %.0f s %@ Okta's", abs(skew), skew >= 0 ? "ahead of" : "behind")
        switch abs(skew) {
        case ..<30: return OktaSetupCheck("clock", .passed, text)
        case ..<300: return OktaSetupCheck("clock", .warning, text, fix: "Synchronise the clock with NTP (chrony or systemd-timesyncd).")
        default: return OktaSetupCheck("clock", .failed, text + "; Okta rejects client assertions and time windows are off",
                                       fix: "Synchronise the clock with NTP (chrony or systemd-timesyncd).")
        }
    }
}

extension OktaSetupReport {
    /// Marks the checks that could not run after `failed` as skipped, so the table always lists every check.
    func skippingRest(after failed: String) -> OktaSetupReport {
        var report = self
        let names = ["reachability", "credentials"] + OktaClient.probes.map(\.name) + ["clock"]
        for name in names where report.check(name) == nil {
            report.checks.append(OktaSetupCheck(name, .skipped, "not checked: \(failed) failed"))
        }
        return report
    }
}
