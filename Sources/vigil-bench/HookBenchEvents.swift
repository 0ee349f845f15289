import Foundation
import VigilDetect
import VigilEvent

/// Delivery bodies for the hook benchmark, made from the managed pack's example of an API token creation (a
/// full, realistic LogEvent): most events are turned into sign-ins with varied users and addresses; the alerting
/// one keeps its type, so the managed rule raises an alert on it.
///
/// Each kind of event is serialized once with placeholders and filled in per event: serializing 150,000 events
/// through `JSONSerialization` took minutes before the benchmark could start.
struct HookBenchEvents {
    private let signIn: Template
    private let alerting: Template

    struct Delivery {
        var body: String
        var alertingUUID: String?
    }

    init() throws {
        let url = ManagedRules.directory.appendingPathComponent("okta/credentials/api_token_created.examples.json")
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var event = (doc["match"] as! [[String: Any]])[0]
        event["uuid"] = Template.Hole.uuid.marker
        event["published"] = Template.Hole.published.marker
        alerting = try Template(event)
        event["eventType"] = "user.session.start"
        event["displayMessage"] = "User login to Okta"
        var actor = event["actor"] as! [String: Any]
        actor["alternateId"] = Template.Hole.login.marker
        actor["id"] = Template.Hole.userID.marker
        event["actor"] = actor
        var client = event["client"] as! [String: Any]
        client["ipAddress"] = Template.Hole.ip.marker
        event["client"] = client
        signIn = try Template(event)
    }

    func delivery(index: Int, size: Int, alerting isAlerting: Bool) -> Delivery {
        var events: [String] = [], alertingUUID: String?
        for j in 0..<size {
            let n = index * size + j
            let uuid = String(format: "%08x-%04x-4%03x-8000-%012x", index, j, n % 4096, n)
            let published = Timestamp.now().adding(seconds: Double(j) / 1000).iso8601
            if isAlerting && j == 0 {
                alertingUUID = uuid
                events.append(alerting.fill([.uuid: uuid, .published: published]))
            } else {
                events.append(signIn.fill([
                    .uuid: uuid, .published: published, .login: "user\(n % 5000)@acme-corp.example",
                    .userID: String(format: "00u%017d", n % 5000), .ip: "203.0.\(n % 256).\(n / 256 % 256)",
                ]))
            }
        }
        let body = #"{"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1","source":"https://bench.okta.com/api/v1/eventHooks/who1","eventId":"\#(UUID().uuidString)","data":{"events":[\#(events.joined(separator: ","))]}}"#
        return Delivery(body: body, alertingUUID: alertingUUID)
    }

    /// A serialized event cut at its placeholders. Filled values must need no JSON escaping (the benchmark's do not).
    private struct Template {
        enum Hole: String, CaseIterable {
            case uuid, published, login, userID, ip
            var marker: String { "@@\(rawValue)@@" }
        }

        /// Literal pieces, with the hole that follows each but the last.
        private var pieces: [Substring] = []
        private var holes: [Hole] = []

        init(_ event: [String: Any]) throws {
            let json = String(decoding: try JSONSerialization.data(withJSONObject: event), as: UTF8.self)
            var rest = json[...]
            while let (hole, range) = Hole.allCases.compactMap({ h in rest.range(of: h.marker).map { (h, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                pieces.append(rest[..<range.lowerBound])
                holes.append(hole)
                rest = rest[range.upperBound...]
            }
            pieces.append(rest)
        }

        func fill(_ values: [Hole: String]) -> String {
            var out = String(pieces[0])
            for (hole, piece) in zip(holes, pieces.dropFirst()) {
                out += values[hole]!
                out += piece
            }
            return out
        }
    }
}
