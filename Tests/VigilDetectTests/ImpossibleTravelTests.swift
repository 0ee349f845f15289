import Foundation
import Testing
import VigilEvent
@testable import VigilDetect

/// A user's last sign-in is what the next one is compared with: its time, place and words follow every sign-in,
/// also those from where the one before came.
@Suite struct ImpossibleTravelTests {
    static let plan = Result { try RuleSet().plan }

    struct Place {
        var ip: String, city: String, country: String, lat: Double, lon: Double, asn: Int, org: String
        static let berlin = Place(ip: "198.51.100.20", city: "Berlin", country: "Germany", lat: 52.52, lon: 13.4, asn: 3320, org: "deutsche telekom ag")
        static let munich = Place(ip: "198.51.100.77", city: "Munich", country: "Germany", lat: 48.14, lon: 11.58, asn: 3320, org: "deutsche telekom ag")
        static let sydney = Place(ip: "203.0.113.45", city: "Sydney", country: "Australia", lat: -33.87, lon: 151.21, asn: 1221, org: "telstra limited")
    }

    static func signIn(_ n: Int, at time: String, from place: Place) throws -> OktaEvent {
        let json = """
            {"uuid": "0000\(n)000-0c1a-11f1-9a5e-0242ac120002", "published": "2026-11-03T\(time):00.000Z", "eventType": "user.session.start",
             "version": "0", "severity": "INFO", "displayMessage": "User login to Okta",
             "actor": {"id": "00u1a2b3c4d5e6f7g8h9", "type": "User", "alternateId": "alice@example.com", "displayName": "Alice Wong"},
             "client": {"ipAddress": "\(place.ip)", "geographicalContext": {"city": "\(place.city)", "country": "\(place.country)",
                        "geolocation": {"lat": \(place.lat), "lon": \(place.lon)}}},
             "securityContext": {"asNumber": \(place.asn), "asOrg": "\(place.org)", "isProxy": false},
             "outcome": {"result": "SUCCESS"}}
            """
        return try OktaEvent(raw: Array(json.utf8), plan: plan.get())
    }

    /// What the analytic finds over sign-ins from `places` in turn (`"HH:mm"` times), which must be one finding.
    static func onlyFinding(_ signIns: [(String, Place)]) throws -> AnalyticFinding {
        var travel = ImpossibleTravel(ImpossibleTravel.Configuration())
        var found: [AnalyticFinding] = []
        for (n, (time, place)) in signIns.enumerated() {
            travel.observe(try signIn(n + 1, at: time, from: place)) { found.append($0) }
        }
        #expect(found.count == 1)
        return try #require(found.first)
    }

    @Test func aRepeatedSignInFromTheSamePlaceIsTheOneComparedWith() throws {
        let finding = try Self.onlyFinding([("08:00", .berlin), ("09:10", .berlin), ("09:30", .sydney)])
        // The second Berlin sign-in, 20 minutes before Sydney: its time and uuid, with the words of the first.
        #expect(finding.events == ["00002000-0c1a-11f1-9a5e-0242ac120002", "00003000-0c1a-11f1-9a5e-0242ac120002"])
        #expect(finding.firstSeen == Timestamp(iso8601: "2026-11-03T09:10:00Z"))
        #expect(finding.why.contains("signed in from Sydney, Australia via 203.0.113.45 (AS 1221, telstra limited) at"))
        #expect(finding.why.contains("from Berlin, Germany via 198.51.100.20 (AS 3320, deutsche telekom ag) at 09:10"))
    }

    @Test func aSignInFromElsewhereReplacesThePlaceComparedWith() throws {
        let finding = try Self.onlyFinding([("08:00", .berlin), ("09:10", .munich), ("09:30", .sydney)])
        #expect(finding.events.first == "00002000-0c1a-11f1-9a5e-0242ac120002")
        #expect(finding.why.contains("from Munich, Germany via 198.51.100.77 (AS 3320, deutsche telekom ag) at 09:10"))
        #expect(!finding.why.contains("Berlin"))
    }
}
