import Foundation

/// Okta-shaped events and Event Hook delivery bodies for the server's tests.
enum HookFixtures {
    static func uuid(_ n: Int, run: UInt32 = 0) -> String { String(format: "%08x-%04x-4000-8000-%012x", n, run & 0xffff, n) }

    static func event(_ uuid: String, type: String = "user.session.start") -> String {
        #"{"uuid":"\#(uuid)","published":"2026-11-21T10:00:00.000Z","eventType":"\#(type)","version":"0","severity":"INFO","# +
            #""actor":{"id":"00u1","type":"User","alternateId":"jane@example.com","displayName":"Jane"},"outcome":{"result":"SUCCESS"}}"#
    }

    /// A delivery as Okta sends it: `data.events` holds the batch.
    static func delivery(_ events: [String]) -> String {
        #"{"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1","# +
            #""source":"https://acme.okta.com/api/v1/eventHooks/who8","eventId":"\#(UUID().uuidString)","# +
            #""data":{"events":[\#(events.joined(separator: ","))]},"eventTime":"2026-11-21T10:00:01.000Z","contentType":"application/json"}"#
    }

    static func temporaryDirectory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-\(name)-\(UUID().uuidString)")
    }
}
