import Foundation
import VigilDetect
import VigilEvent

/// Delivery bodies for the hook benchmark, made from the managed pack's example of an API token creation (a
/// full, realistic LogEvent): most events are turned into sign-ins with varied users and addresses; the alerting
/// one keeps its type, so the managed rule raises an alert on it.
struct HookBenchEvents {
    let template: [String: Any]

    struct Delivery {
        var body: String
        var alertingUUID: String?
    }

    init() throws {
        let url = ManagedRules.directory.appendingPathComponent("okta/credentials/api_token_created.examples.json")
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        template = (doc["match"] as! [[String: Any]])[0]
    }

    func delivery(index: Int, size: Int, alerting: Bool) -> Delivery {
        var events: [String] = [], alertingUUID: String?
        for j in 0..<size {
            let n = index * size + j
            var event = template
            let uuid = String(format: "%08x-%04x-4%03x-8000-%012x", index, j, n % 4096, n)
            event["uuid"] = uuid
            event["published"] = Timestamp.now().adding(seconds: Double(j) / 1000).iso8601
            if alerting && j == 0 {
                alertingUUID = uuid
            } else {
                event["eventType"] = "user.session.start"
                event["displayMessage"] = "User login to Okta"
                var actor = event["actor"] as! [String: Any]
                actor["alternateId"] = "user\(n % 5000)@acme-corp.example"
                actor["id"] = String(format: "00u%017d", n % 5000)
                event["actor"] = actor
                var client = event["client"] as! [String: Any]
                client["ipAddress"] = "203.0.\(n % 256).\(n / 256 % 256)"
                event["client"] = client
            }
            events.append(String(decoding: try! JSONSerialization.data(withJSONObject: event), as: UTF8.self))
        }
        let body = #"{"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1","source":"https://bench.okta.com/api/v1/eventHooks/who1","eventId":"\#(UUID().uuidString)","data":{"events":[\#(events.joined(separator: ","))]}}"#
        return Delivery(body: body, alertingUUID: alertingUUID)
    }
}
