import Foundation
import Testing
import VigilEvent
@testable import VigilDetect
import VigilSigma

/// The `detection:` section and the filter that applies it to alerts.
@Suite struct TuningTests {
    static let yaml = """
        server: {port: 8080}
        detection:
          rules_directories: [/etc/vigil/rules]
          suppression_window: 2h
          rules:
            noisy-rule: {enabled: false}
            Admin console access:
              severity: critical
              thresholds: {count: 10, window: 15m}
              suppression_window: 30m
          exceptions:
            - rule: sign-in-rule
              ip: 203.0.113.0/24
              expires: 2099-01-01
              reason: Office egress
            - user: svc-backup@example.com
              expires: 2026-01-01T00:00:00Z
              reason: Expired on purpose
            - asn: 64500
              app: Salesforce
              expires: 2099-01-01
              reason: Salesforce's own integration network
            - group: Break Glass
              expires: 2099-01-01
              reason: Emergency accounts are watched elsewhere
        """

    static let now = Timestamp(iso8601: "2026-11-21T12:00:00Z")!

    static func event(_ n: Int, ip: String = "198.51.100.7", asn: Int = 64496, actor: String = "alice@example.com",
                      targets: String = "[]") -> OktaEvent {
        let json = """
            {"uuid":"e\(n)","published":"2026-11-21T10:00:00.000Z","eventType":"user.session.start","version":"0",\
            "actor":{"id":"00u\(n)","type":"User","alternateId":"\(actor)"},"client":{"ipAddress":"\(ip)"},\
            "securityContext":{"asNumber":\(asn)},"target":\(targets)}
            """
        return try! OktaEvent(raw: Array(json.utf8))
    }

    static func alert(rule: String, title: String = "A rule", severity: SigmaLevel = .high, entity: String = "alice@example.com",
                      type: String = "User", events: [OktaEvent]) -> Alert {
        Alert(id: "\(rule)-\(events.map(\.uuid).joined())", rule: .init(id: rule, title: title), severity: severity, title: title,
              entity: .init(type: type, id: "00u9", alternateId: entity), events: events.map(\.uuid),
              firstSeen: "2026-11-21T10:00:00.000Z", lastSeen: "2026-11-21T10:00:00.000Z", tags: [], why: "w")
    }

    @Test func decodesTheDetectionSection() throws {
        let tuning = try DetectionTuning(yaml: Self.yaml)
        #expect(tuning.rulesDirectories == ["/etc/vigil/rules"])
        #expect(tuning.suppressionWindow.seconds == 7200)
        #expect(tuning.rules["noisy-rule"]?.enabled == false)
        #expect(tuning.tuning(ruleId: "uuid-x", title: "Admin console access")?.severity == .critical)
        #expect(tuning.threshold("window", ruleId: "uuid-x", title: "Admin console access") == 900)
        #expect(tuning.threshold("count", ruleId: "uuid-x", title: "Admin console access") == 10)
        #expect(tuning.suppressionWindows == ["Admin console access": 1800])
        #expect(tuning.exceptions.count == 4 && tuning.exceptions[2].asn == 64500)
        #expect(try DetectionTuning(yaml: "server: {}") == DetectionTuning())
    }

    @Test func badSectionsSayWhereAndWhy() {
        func problem(_ exceptions: String) -> String {
            do {
                _ = try DetectionTuning(yaml: "detection:\n  exceptions:\n" + exceptions)
                return "accepted"
            } catch {
                return error.description
            }
        }
        #expect(problem("    - {ip: 10.0.0.0/8, expires: 2099-01-01}").hasPrefix("detection.exceptions[0].reason"))
        #expect(problem("    - {ip: 10.0.0.0/33, expires: 2099-01-01, reason: r}").contains("not an IP address or CIDR"))
        #expect(problem("    - {ip: 10.0.0.0/8, reason: r}").hasPrefix("detection.exceptions[0].expires"))
        #expect(problem("    - {ip: 10.0.0.1, expires: soon, reason: r}").hasPrefix("detection.exceptions[0].expires"))
        #expect(problem("    - {rule: x, expires: 2099-01-01, reason: r}").contains("at least one of"))
        #expect(problem("    - {user: bob, expires: 2099-01-01, reason: r}") == "accepted")
        #expect(throws: ConfigurationError.self) { try DetectionTuning(yaml: "detection:\n  suppression_window: later") }
    }

    @Test func filterAppliesRulesAndExceptionsAndCounts() throws {
        let filter = TuningFilter(tuning: try DetectionTuning(yaml: Self.yaml)) { user in
            user == "root@example.com" ? ["Break Glass"] : []
        }
        let office = [Self.event(1, ip: "203.0.113.5"), Self.event(2, ip: "203.0.113.200")]
        let mixed = [Self.event(3, ip: "203.0.113.5"), Self.event(4, ip: "192.0.2.1")]
        let salesforce = #"[{"id":"0oa1","type":"AppInstance","alternateId":"Salesforce","displayName":"Salesforce.com"}]"#
        let sfEvent = Self.event(5, asn: 64500, targets: salesforce)
        let sfOtherNetwork = Self.event(6, asn: 64501, targets: salesforce)
        let alerts = [
            Self.alert(rule: "noisy-rule", events: [Self.event(0)]),                       // disabled
            Self.alert(rule: "sign-in-rule", events: office),                              // every event from the office
            Self.alert(rule: "sign-in-rule", events: mixed),                               // one is not: kept
            Self.alert(rule: "other-rule", events: office),                                // the ip exception is for another rule
            Self.alert(rule: "r", entity: "svc-backup@example.com", events: [Self.event(7)]), // exception expired: kept
            Self.alert(rule: "r", events: [sfEvent]),                                      // asn and app both match
            Self.alert(rule: "r", events: [sfOtherNetwork]),                               // app matches, asn does not: kept
            Self.alert(rule: "r", entity: "root@example.com", events: [Self.event(8)]),    // member of Break Glass
            Self.alert(rule: "uuid-a", title: "Admin console access", severity: .medium, events: [Self.event(9)]), // severity raised
        ]
        let events = office + mixed + [Self.event(0), sfEvent, sfOtherNetwork] + (7...9).map { Self.event($0) }
        let kept = filter.apply(alerts, events: events, now: Self.now)
        #expect(kept.map(\.id) == [alerts[2], alerts[3], alerts[4], alerts[6], alerts[8]].map(\.id))
        #expect(kept.last?.severity == .critical)
        #expect(filter.suppressed == .init(disabled: 1, excepted: 3, byRule: ["noisy-rule": 1, "sign-in-rule": 1, "r": 2]))
        // Without the evidence events at hand, network exceptions cannot be judged: the alert is kept.
        #expect(filter.apply([alerts[1]], events: [], now: Self.now).count == 1)
        // After its expiry an exception no longer applies.
        #expect(filter.apply([alerts[1]], events: office, now: Timestamp(iso8601: "2099-01-02T00:00:00Z")!).count == 1)
        #expect(filter.suppressed.total == 4)
    }

    @Test func ruleEnablementFollowsTuningThenStatus() throws {
        let dir = try RuleDirectory(["a.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "Grant", detection: RuleDirectory.grantDetection)])
        defer { dir.remove() }
        let rule = try #require(try RuleSet(directories: [dir.url], managed: false).rules.first)
        #expect(DetectionTuning().isEnabled(rule))
        #expect(!DetectionTuning(rules: [RuleDirectory.grantID: RuleTuning(enabled: false)]).isEnabled(rule))
        #expect(!DetectionTuning(rules: ["Grant": RuleTuning(enabled: false)]).isEnabled(rule))
    }

    @Test func customRuleDirectoriesAreReadRelativeToTheConfiguration() throws {
        let dir = try RuleDirectory(["org/a.yml": RuleDirectory.rule(id: RuleDirectory.grantID, title: "Grant", detection: RuleDirectory.grantDetection)])
        defer { dir.remove() }
        let tuning = try DetectionTuning(yaml: "detection:\n  rules_directories: [org]\n  rules: {Grant: {enabled: false}}")
        let set = try RuleSet(tuning: tuning, base: dir.url, managed: false)
        #expect(set.rules.map(\.id) == [RuleDirectory.grantID])
        #expect(set.enabledRules(tuning).isEmpty && set.enabledRules(DetectionTuning()).count == 1)
    }

    @Test func durations() {
        #expect(TuningDuration(text: "90s")?.seconds == 90)
        #expect(TuningDuration(text: "15m")?.seconds == 900)
        #expect(TuningDuration(text: "250ms")?.seconds == 0.25)
        #expect(TuningDuration(text: "7d")?.seconds == 604_800)
        #expect(TuningDuration(text: "3600")?.description == "1h")
        #expect(TuningDuration(text: "-1m") == nil && TuningDuration(text: "soon") == nil)
    }
}
