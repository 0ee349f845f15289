import Testing
import VigilEvent
@testable import VigilDetect

/// The words alerts use for where an event came from, with whatever parts of them Okta resolved.
@Suite struct EventTextTests {
    static func event(ip: String? = "203.0.113.9", city: String? = nil, country: String? = nil,
                      asn: String? = nil, org: String? = nil, isp: String? = nil) throws -> OktaEvent {
        func field(_ name: String, _ value: String?) -> String? { value.map { #""\#(name)":"\#($0)""# } }
        let geo = [field("city", city), field("country", country)].compactMap { $0 }.joined(separator: ",")
        let security = [field("asNumber", asn), field("asOrg", org), field("isp", isp)].compactMap { $0 }.joined(separator: ",")
        let client = [field("ipAddress", ip), #""geographicalContext":{\#(geo)}"#].compactMap { $0 }.joined(separator: ",")
        let json = #"{"uuid":"u1","published":"2026-11-21T10:00:00.000Z","eventType":"user.session.start","#
            + #""client":{\#(client)},"securityContext":{\#(security)}}"#
        return try OktaEvent(raw: Array(json.utf8))
    }

    @Test func originNamesTheNetworkWhenThereIsOne() throws {
        #expect(try Self.event(asn: "14061", org: "DigitalOcean").originText == "203.0.113.9 (AS 14061, DigitalOcean)")
        #expect(try Self.event(asn: "14061").originText == "203.0.113.9 (AS 14061)")
        #expect(try Self.event(isp: "Example ISP").originText == "203.0.113.9 (Example ISP)")
        #expect(try Self.event(org: "DigitalOcean", isp: "Example ISP").originText == "203.0.113.9 (DigitalOcean)")
        #expect(try Self.event().originText == "203.0.113.9")
        #expect(try Self.event(org: "").originText == "203.0.113.9")
        #expect(try Self.event(ip: nil, asn: "14061").originText == "an unknown IP (AS 14061)")
        #expect(try Self.event(asn: "14061", org: "DigitalOcean").networkText == "AS 14061, DigitalOcean")
        #expect(try Self.event().networkText == "")
    }

    @Test func placeHasTheCityAndCountryThereAre() throws {
        #expect(try Self.event(city: "Frankfurt am Main", country: "Germany").placeText == "Frankfurt am Main, Germany")
        #expect(try Self.event(city: "Berlin").placeText == "Berlin")
        #expect(try Self.event(country: "DE").placeText == "DE")
        #expect(try Self.event().placeText == "")
    }

    @Test func usersAreKeyedByTheirLoginInLowerCase() throws {
        func key(_ actor: String) throws -> String? {
            let json = #"{"uuid":"u1","published":"2026-11-21T10:00:00.000Z","eventType":"user.session.start","actor":\#(actor)}"#
            return try OktaEvent(raw: Array(json.utf8)).userKey
        }
        #expect(try key(#"{"id":"00u1","alternateId":"bob@example.com"}"#) == "bob@example.com")
        #expect(try key(#"{"id":"00u1","alternateId":"Alice.Smith@Example.COM"}"#) == "alice.smith@example.com")
        #expect(try key(#"{"id":"00u1","alternateId":"ÉLODIE@example.com"}"#) == "élodie@example.com")
        #expect(try key(#"{"id":"00uAbC"}"#) == "00uabc")
        #expect(try key(#"{"id":"","alternateId":""}"#) == nil)
    }
}
