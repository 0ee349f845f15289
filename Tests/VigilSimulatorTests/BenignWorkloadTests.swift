import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct BenignWorkloadTests {
    @Test func sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() {
        let a = SimulatorFixtures.benign(seed: 42, count: 3_000)
        let b = SimulatorFixtures.benign(seed: 42, count: 3_000)
        let c = SimulatorFixtures.benign(seed: 43, count: 3_000)
        #expect(a.map(\.bytes) == b.map(\.bytes))
        #expect(a.map(\.bytes) != c.map(\.bytes))
        #expect(Set(a.map(\.bytes)).intersection(c.map(\.bytes)).isEmpty, "no event of one seed appears under another")
    }

    @Test func everyEventIsAValidLogEventWithAKnownType() throws {
        let events = SimulatorFixtures.benign(seed: 7, count: 5_000)
        var uuids = Set<String>()
        var previous = Timestamp(millis: 0)
        for e in events {
            let parsed = try e.oktaEvent()
            let json = try SimulatorFixtures.json(e)
            #expect(json["uuid"] as? String == parsed.uuid)
            #expect(SimulatorFixtures.knownEventTypes.contains(parsed.eventType), "unknown type \(parsed.eventType)")
            #expect(parsed.published == e.published)
            #expect(parsed.published >= previous, "events come in published order")
            #expect(e.label == SimulatedEvent.benignLabel)
            previous = parsed.published
            uuids.insert(parsed.uuid)
            for key in ["actor", "client", "authenticationContext", "securityContext", "debugContext", "outcome",
                        "transaction", "request", "target", "displayMessage", "severity", "legacyEventType"] {
                #expect(json.keys.contains(key), "\(parsed.eventType) lacks \(key)")
            }
        }
        #expect(uuids.count == events.count, "uuids are unique")
        let evaluations = events.compactMap { try? SimulatorFixtures.json($0) }.filter { $0["eventType"] as? String == "policy.evaluate_sign_on" }
        #expect(!evaluations.isEmpty && evaluations.allSatisfy { e in
            e.targets.contains { $0["type"] as? String == "Policy" && $0["displayName"] as? String == "Okta Dashboard" }
        }, "dashboard sign-ins are judged by the Okta Dashboard policy")
    }

    @Test func theMixLooksLikeARealOrg() {
        let events = SimulatorFixtures.benign(seed: 3, users: 500, count: 12_000)
        let decoded = events.map { try! SimulatorFixtures.json($0) }
        var counts: [String: Int] = [:]
        for e in decoded { counts[e["eventType"] as! String, default: 0] += 1 }
        let share = { (types: [String]) in Double(types.reduce(0) { $0 + counts[$1, default: 0] }) / Double(events.count) }
        #expect(share(["policy.evaluate_sign_on", "user.authentication.sso", "user.session.start", "user.authentication.verify",
                       "user.authentication.auth_via_mfa"]) > 0.7, "sign-in, SSO and policy evaluation dominate")
        #expect(share(["user.authentication.sso"]) > 0.15)
        for rare in ["user.account.update_password", "group.user_membership.add", "user.session.end",
                     "system.push.send_factor_verify_push", "app.oauth2.as.token.grant"] {
            #expect(counts[rare, default: 0] > 0, "\(rare) occurs")
            #expect(share([rare]) < 0.15, "\(rare) stays a minority")
        }
        // Typos: some sign-ins fail with bad credentials, far fewer than succeed.
        let failures = decoded.filter { $0["eventType"] as? String == "user.session.start" && $0.result == "FAILURE" }.count
        #expect(failures > 0 && failures * 8 < counts["user.session.start", default: 0])
    }

    @Test func officeSignInsMatchTheCorporateZone() throws {
        let org = SimulatedOrg(seed: 6, users: 300)
        let events = SimulatorFixtures.benign(seed: 6, users: 300, count: 8_000).map { try! SimulatorFixtures.json($0) }
        let zoned = events.filter { $0.text("client.zone") != "null" && $0.text("client.zone") != nil }
        #expect(!zoned.isEmpty)
        for e in zoned {
            #expect(e.text("client.zone") == "Corporate Offices" && e.ip == org.office.ip)
            let user = try #require(org.users.first { $0.login == e.actorLogin })
            #expect(user.home == org.office.city)
        }
        #expect(org.zones.first { $0.name == "Corporate Offices" }?.gateways == [org.office.ip + "/32"])
    }

    @Test func provisioningThroughAnAPITokenNamesTheToken() throws {
        let org = SimulatedOrg(seed: 4, users: 200)
        let events = SimulatorFixtures.benign(seed: 4, users: 200, count: 30_000).map { try! SimulatorFixtures.json($0) }
        let viaToken = events.filter { $0.text("transaction.detail.requestApiTokenId") != nil }
        #expect(!viaToken.isEmpty)
        for e in viaToken {
            #expect(org.apiTokens.map(\.id).contains(e.text("transaction.detail.requestApiTokenId")!))
            #expect(e.sessionId == "unknown" && e.text("debugContext.debugData.behaviors") == nil)
        }
        #expect(events.contains { $0["eventType"] as? String == "user.lifecycle.create" && $0.text("transaction.detail.requestApiTokenId") == nil },
                "admins also onboard people in the console")
    }

    /// The rate is a weekly average: a week's worth of events spans about a week, most sign-ins fall in the
    /// user's own working hours, and weekdays are busier than weekends.
    @Test func trafficFollowsTheWorkingWeek() throws {
        let org = SimulatedOrg(seed: 5, users: 200)
        let events = SimulatorFixtures.benign(seed: 5, users: 200, count: 20_160, rate: 2)
        let days = Double(events.last!.published.millis - events.first!.published.millis) / 86_400_000
        #expect(days > 5 && days < 9, "a week of events at the average rate spans about a week, got \(days) days")
        let users = Dictionary(org.users.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        var inHours = 0, signIns = 0, weekday = 0, weekend = 0
        for e in events {
            let json = try SimulatorFixtures.json(e)
            let weekdayIndex = ((e.published.millis / 86_400_000) + 3) % 7  // Monday = 0
            if weekdayIndex < 5 { weekday += 1 } else { weekend += 1 }
            guard json["eventType"] as? String == "user.session.start", let user = users[json.actorLogin ?? ""] else { continue }
            signIns += 1
            if user.schedule.isWorking(atMillis: e.published.millis) { inHours += 1 }
        }
        #expect(Double(inHours) / Double(signIns) > 0.7, "\(inHours) of \(signIns) sign-ins in working hours")
        #expect(Double(weekday) / 5 > 2 * Double(weekend) / 2, "weekdays are busier than weekend days")
    }
}

@Suite struct TravelTests {
    /// Over simulated days some users travel: a sign-in from another country flagged as a new country, but not
    /// as velocity. No user ever moves faster than a plane between two consecutive events, there or back.
    @Test func usersTravelPlausibly() throws {
        var returns = 0
        for seed: UInt64 in [9, 17, 23] {
            returns += try travels(seed: seed)
        }
        #expect(returns > 0, "travellers come home")
    }

    /// Checks one seed's traffic and returns how many times someone came home from a trip.
    private func travels(seed: UInt64) throws -> Int {
        let org = SimulatedOrg(seed: seed, users: 40)
        let events = SimulatorFixtures.benign(seed: seed, users: 40, count: 15_000, rate: 0.6)
        let cities = Dictionary(City.homes.map { ($0.name + "/" + $0.country, $0) }, uniquingKeysWith: { a, _ in a })
        var last: [String: (Timestamp, City)] = [:]
        var trips = 0, returns = 0
        for e in events {
            let json = try SimulatorFixtures.json(e)
            guard let login = json.actorLogin, let user = org.users.first(where: { $0.login == login }),
                  let city = cities[(json.text("client.geographicalContext.city") ?? "") + "/" + (json.text("client.geographicalContext.country") ?? "")]
            else { continue }
            let behaviors = json.text("debugContext.debugData.behaviors") ?? ""
            if json["eventType"] as? String == "user.session.start", behaviors.contains("New Country=POSITIVE") {
                trips += 1
                #expect(behaviors.contains("Velocity=NEGATIVE"))
                #expect(city.countryCode != user.home.countryCode)
            }
            if let (then, previous) = last[login], previous != city {
                if city == user.home { returns += 1 }
                let hours = Double(e.published.millis - then.millis) / 3_600_000
                #expect(previous.distance(to: city) / hours < 1_000, "\(login): \(previous.name) to \(city.name) in \(hours) h")
            }
            last[login] = (e.published, city)
        }
        #expect(trips > 0, "someone travels in \(events.count) events of seed \(seed)")
        return returns
    }
}

@Suite struct WorkloadConfigurationTests {
    @Test func timeCompressionMapsSimulatedToWallTime() {
        let start = SimulatorFixtures.start
        let later = start.adding(seconds: 600)
        #expect(WorkloadConfiguration(start: start, timeCompression: 1).wallSeconds(from: start, to: later) == 600)
        #expect(WorkloadConfiguration(start: start, timeCompression: 60).wallSeconds(from: start, to: later) == 10)
    }
}
