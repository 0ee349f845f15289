import Foundation

/// Rule directories written to a temporary folder for each test, so the tests never depend on the managed pack.
struct RuleDirectory {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-rules-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// A rule in the managed layout, with `detection` indented by four spaces and optional extra attributes.
    static func rule(id: String, title: String, level: String = "high", detection: String, extra: String = "") -> String {
        """
        title: \(title)
        id: \(id)
        status: experimental
        description: Test rule \(title).
        author: Vigil
        date: 2026-11-21
        tags:
            - attack.privilege-escalation
            - attack.t1098.003
        logsource:
            product: okta
            service: okta
        detection:
        \(detection.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        falsepositives:
            - Planned administration
        level: \(level)
        \(extra)
        """
    }

    /// A complete LogEvent.
    static func event(uuid: String, type: String, published: String = "2026-11-21T10:00:00.000Z",
                      actor: String = "alice@example.com", debugData: String = "{}", targets: String = "[]") -> String {
        """
        {"uuid":"\(uuid)","published":"\(published)","eventType":"\(type)","version":"0","severity":"INFO",\
        "displayMessage":"test","actor":{"id":"00u1","type":"User","alternateId":"\(actor)","displayName":"Alice"},\
        "client":{"ipAddress":"203.0.113.9"},"outcome":{"result":"SUCCESS"},\
        "debugContext":{"debugData":\(debugData)},"target":\(targets)}
        """
    }

    static let grantDetection = """
        selection:
            eventType: user.account.privilege.grant
            debugContext.debugData.privilegeGranted|contains: Super Administrator
        condition: selection
        """
    static let grantID = "3f0e6f53-8b0a-4f5e-9d54-2f1c0c0b7e11"
    static let superAdmin = #"{"privilegeGranted":"Super Administrator, Read-only Administrator"}"#
    static let userTarget = #"[{"id":"00u9","type":"User","alternateId":"bob@example.com","displayName":"Bob"}]"#
}
