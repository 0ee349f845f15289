import Foundation
import Testing
@testable import VigilEvent

/// The generated event-type catalog agrees with Okta's catalog it was generated from.
@Suite struct OktaEventTypeCatalogTests {
    @Test func matchesTheSourceCatalog() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try Fixtures.sharedBytes("okta/event-types.json"))) as! [String: Any]
        let versions = json["versions"] as! [[String: Any]]
        let types = versions.flatMap { $0["eventTypes"] as! [[String: Any]] }
        let hook = Set(types.filter { ($0["tags"] as? [String] ?? []).contains("event-hook-eligible") }.map { $0["id"] as! String })
        #expect(OktaEventTypeCatalog.all.count == Set(types.map { $0["id"] as! String }).count)
        #expect(OktaEventTypeCatalog.all.filter(OktaEventTypeCatalog.isHookEligible).count == hook.count)
        #expect(OktaEventTypeCatalog.release == json["release"] as? String)
    }

    @Test func lookups() {
        #expect(OktaEventTypeCatalog.contains("user.session.start"))
        #expect(OktaEventTypeCatalog.isHookEligible("user.session.start"))
        #expect(!OktaEventTypeCatalog.contains("user.session.begin"))
        #expect(!OktaEventTypeCatalog.isHookEligible("user.session.begin"))
        #expect(OktaEventTypeCatalog.suggestions(for: "user.session.begin").allSatisfy { $0.hasPrefix("user.session.") })
    }
}
