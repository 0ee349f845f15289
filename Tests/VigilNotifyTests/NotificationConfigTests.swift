import Foundation
import Testing
import VigilDetect
import VigilSigma
@testable import VigilNotify

@Suite struct NotificationConfigTests {
    @Test func decodesTheNotificationsSection() throws {
        setenv("VIGIL_TEST_SLACK_URL", "https://hooks.example.com/services/T0/B0/secret", 1)
        let config = try NotificationConfig(yaml: """
            detection: {suppression_window: 1h}
            notifications:
              ui_base_url: https://vigil.example.com
              queue_capacity: 50
              retry: {attempts: 3, initial_backoff: 2s, max_backoff: 1m}
              channels:
                - {name: soc, type: webhook, url: "https://soc.example.com/vigil", secret: {env: VIGIL_TEST_SLACK_URL}}
                - name: slack
                  type: slack
                  url: {env: VIGIL_TEST_SLACK_URL}
                  immediate: [critical]
                  digest: [high, medium]
                  digest_interval: 4h
                - {name: siem, type: syslog, host: siem.example.com, port: 514, transport: udp, facility: 13}
            """)
        #expect(config.uiBaseURL == "https://vigil.example.com" && config.queueCapacity == 50)
        #expect(config.retry == RetryPolicy(attempts: 3, initialBackoff: .init(seconds: 2), maxBackoff: .init(seconds: 60)))
        #expect(config.retry.delay(after: 1) == 2 && config.retry.delay(after: 3) == 8 && config.retry.delay(after: 9) == 60)
        #expect(config.channels.map(\.name) == ["soc", "slack", "siem"])
        #expect(config.channels[0].routing == ChannelRouting())
        #expect(config.channels[0].routing.immediate == [.high, .critical] && config.channels[0].routing.digest == [.informational, .low, .medium])
        #expect(config.channels[1].routing == ChannelRouting(immediate: [.critical], digest: [.high, .medium], digestInterval: .init(seconds: 14_400)))
        #expect(config.channels[1].url?.value == "https://hooks.example.com/services/T0/B0/secret")
        #expect(config.channels[2].transport == .udp && config.channels[2].facility == 13)
        // Secrets never print.
        #expect("\(config.channels[1].url!)" == "<redacted>" && !"\(config.channels[1])".contains("hooks.example.com"))
        #expect(config.channels.map { $0.makeChannel(uiBaseURL: config.uiBaseURL).name } == ["soc", "slack", "siem"])
        #expect(try NotificationConfig(yaml: "detection: {}").channels.isEmpty)
    }

    @Test func badChannelsSayWhereAndWhy() {
        func problem(_ channels: String) -> String {
            do {
                _ = try NotificationConfig(yaml: "notifications:\n  channels:\n" + channels)
                return "accepted"
            } catch {
                return error.description
            }
        }
        #expect(problem("    - {name: a, type: slack, url: {env: VIGIL_TEST_NOT_SET_ANYWHERE}}").contains("VIGIL_TEST_NOT_SET_ANYWHERE is not set"))
        #expect(problem("    - {name: a, type: syslog, host: h}").contains("needs host and port"))
        #expect(problem("    - {name: a, type: webhook}").hasPrefix("notifications.channels[0].url"))
        #expect(problem("    - {name: a, type: pager, url: x}").hasPrefix("notifications.channels[0].type"))
        #expect(problem("    - {name: a, type: slack, url: \"ftp://token@files\"}") == "notifications.channels[0].url: not an http(s) URL")
        let good = "url: https://a.example.com/h"
        #expect(problem("    - {name: a, type: webhook, \(good)}\n    - {name: a, type: webhook, \(good)}").contains("two channels are named 'a'"))
        #expect(problem("    - {name: a, type: webhook, \(good), immediate: [urgent]}").hasPrefix("notifications.channels[0].immediate"))
    }
}
