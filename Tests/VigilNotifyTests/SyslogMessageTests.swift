import Testing
import VigilEvent
@testable import VigilNotify

@Suite struct SyslogMessageTests {
    @Test func formatsRFC5424WithStructuredDataAndEscapes() {
        let alert = NotifyFixtures.alert(1, severity: .critical, why: "quote \" bracket ] backslash \\ done")
        let message = SyslogMessage.format(alert, facility: 10, hostname: "vigil host", procID: "42", msgID: "alert",
                                           now: Timestamp(iso8601: "2026-11-01T10:00:00Z")!)
        #expect(message.hasPrefix("<82>1 2026-11-01T10:00:00.000Z vigilhost vigil 42 alert [vigil@32473 id=\"alert-1\" rule=\"rule-1\""))
        #expect(message.contains("severity=\"critical\""))
        #expect(message.contains("\u{FEFF}Suspicious sign-in 1 — user1@example.com: quote \" bracket ] backslash \\ done"))
        #expect(SyslogMessage.escapeParam("a\"b]c\\d") == "a\\\"b\\]c\\\\d")
        #expect(SyslogMessage.octetCounted("héllo") == Array("6 héllo".utf8))
    }
}
