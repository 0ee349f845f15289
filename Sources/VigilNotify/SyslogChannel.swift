import Foundation
import NIOCore
import VigilDetect
import VigilEvent

/// Sends alerts to a SIEM as RFC 5424 syslog messages, each with structured data naming the alert id, rule and
/// severity (see `SyslogMessage`). A digest is the same messages, with MSGID `digest`, over one connection.
public struct SyslogChannel: NotificationChannel {
    public let name: String
    let host: String
    let port: Int
    let transport: SyslogTransport
    /// RFC 5424 facility; 10 is security/authorization (authpriv).
    let facility: Int
    let hostname: String
    let timeout: TimeAmount

    public init(name: String, host: String, port: Int, transport: SyslogTransport = .tcp, facility: Int = 10,
                hostname: String? = nil, timeout: Double = 10) {
        self.name = name
        self.host = host
        self.port = port
        self.transport = transport
        self.facility = facility
        self.hostname = hostname ?? ProcessInfo.processInfo.hostName
        self.timeout = .milliseconds(Int64(timeout * 1000))
    }

    public func send(_ alert: Alert) async throws {
        try await transport.send([message(alert, msgID: "alert")], host: host, port: port, timeout: timeout)
    }

    public func sendDigest(_ alerts: [Alert]) async throws {
        try await transport.send(alerts.map { message($0, msgID: "digest") }, host: host, port: port, timeout: timeout)
    }

    private func message(_ alert: Alert, msgID: String) -> String {
        SyslogMessage.format(alert, facility: facility, hostname: hostname, procID: String(ProcessInfo.processInfo.processIdentifier),
                             msgID: msgID, now: .now())
    }
}
