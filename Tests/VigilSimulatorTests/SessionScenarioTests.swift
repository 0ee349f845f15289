import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct SessionScenarioTests {
    @Test func replayReusesTheVictimsSessionAndDtHashFromAnotherCountryAndASN() throws {
        let played = try PlayedScenario(.sessionCookieReplay)
        let start = try #require(played.ofType("user.session.start").first { $0.result == "SUCCESS" })
        let session = try #require(start.sessionId)
        let sameSession = played.events.filter { $0.sessionId == session }
        let replayed = sameSession.filter { $0.text("client.geographicalContext.country") != start.text("client.geographicalContext.country") }
        #expect(replayed.count >= 2)
        for e in replayed {
            #expect(e.text("debugContext.debugData.dtHash") == start.text("debugContext.debugData.dtHash"))
            #expect(e.path("securityContext.asNumber") as? Int != start.path("securityContext.asNumber") as? Int)
            #expect(e.text("client.userAgent.rawUserAgent")!.hasPrefix("python-requests"))
            #expect(e.published.millis > start.published.millis)
        }
        let hosting = Set(Network.hosting.map(\.asNumber))
        #expect(hosting.contains(replayed[0].path("securityContext.asNumber") as! Int))
    }

    @Test func impossibleTravelIsTooFastToBeReal() throws {
        let played = try PlayedScenario(.impossibleTravel)
        let starts = played.ofType("user.session.start").filter { $0.result == "SUCCESS" }
        #expect(starts.count == 2 && Set(starts.map(\.actorLogin)).count == 1)
        func city(_ e: [String: Any]) -> City {
            City(name: "", state: "", country: "", countryCode: "", postalCode: "",
                 lat: e.path("client.geographicalContext.geolocation.lat") as! Double,
                 lon: e.path("client.geographicalContext.geolocation.lon") as! Double, utcOffset: 0)
        }
        let km = city(starts[0]).distance(to: city(starts[1]))
        let hours = Double(starts[1].published.millis - starts[0].published.millis) / 3_600_000
        #expect(km / hours > 1_000, "\(km) km in \(hours) h")
        #expect(starts[1].text("debugContext.debugData.behaviors")!.contains("Velocity=POSITIVE"))
    }

    @Test func adminConsoleThroughAProxyFromANewDeviceAndIP() throws {
        let played = try PlayedScenario(.adminConsoleViaProxy)
        let access = try #require(played.ofType("user.session.access_admin_app").first)
        #expect(access.path("securityContext.isProxy") as? Bool == true)
        let behaviors = try #require(access.text("debugContext.debugData.behaviors"))
        #expect(behaviors.contains("New Device=POSITIVE") && behaviors.contains("New IP=POSITIVE"))
        let admins = Set(played.org.adminIndices.map { played.org.users[$0].login })
        #expect(admins.contains(access.actorLogin!))
        let consolePolicy = played.ofType("policy.evaluate_sign_on").filter { $0.targets.contains { $0["displayName"] as? String == "Okta Admin Console" } }
        #expect(consolePolicy.count == 1 && consolePolicy[0].published.millis < access.published.millis,
                "the console's own policy is evaluated first")
    }

    @Test func userReportsTheUnexpectedPrompt() throws {
        let played = try PlayedScenario(.userReportsSuspiciousActivity)
        let report = try #require(played.ofType("user.account.report_suspicious_activity_by_enduser").first)
        let prompt = try #require(played.ofType("system.push.send_factor_verify_push").first)
        #expect(report.actorLogin == prompt.actorLogin && report.ip != prompt.ip)
    }
}
