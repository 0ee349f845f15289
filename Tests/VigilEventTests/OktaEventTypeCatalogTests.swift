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
        #expect(OktaEventTypeCatalog.hookEligible.count == OktaEventTypeCatalog.ids.count)
    }

    @Test func lookups() {
        #expect(OktaEventTypeCatalog.contains("user.session.start"))
        #expect(OktaEventTypeCatalog.isHookEligible("user.session.start"))
        #expect(!OktaEventTypeCatalog.contains("user.session.begin"))
        #expect(!OktaEventTypeCatalog.isHookEligible("user.session.begin"))
        #expect(OktaEventTypeCatalog.suggestions(for: "user.session.begin").allSatisfy { $0.hasPrefix("user.session.") })
    }

    @Test func everyIdIsFoundByItsBytesAndNothingElseIs() {
        for (i, id) in OktaEventTypeCatalog.ids.enumerated() {
            let found = Array(id.utf8).withUnsafeBufferPointer { OktaEventTypeCatalog.index(ofUTF8: $0) }
            #expect(found == i, "\(id)")
        }
        for other in ["", "user.session.star", "user.session.startx", "USER.SESSION.START", "user.session.begin"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { OktaEventTypeCatalog.index(ofUTF8: $0) } == nil, "\(other)")
        }
    }

    /// Events of a known type carry the catalog's index; an unknown or escaped type still reads right without one
    /// (the engine routes those by name).
    @Test func eventsCarryTheirTypesCatalogIndex() throws {
        func event(_ type: String) throws -> OktaEvent {
            try OktaEvent(raw: Array(#"{"uuid":"u1","published":"2026-01-01T00:00:00.000Z","eventType":"\#(type)"}"#.utf8))
        }
        let known = try event("user.session.start")
        #expect(known.eventType == "user.session.start")
        #expect(known.catalogIndex.map { OktaEventTypeCatalog.ids[Int($0)] } == "user.session.start")
        let escaped = try event(#"user.session\u002estart"#)
        #expect(escaped.eventType == "user.session.start")
        #expect(escaped.catalogIndex == nil)
        let unknown = try event("vigil.custom.type")
        #expect(unknown.eventType == "vigil.custom.type")
        #expect(unknown.catalogIndex == nil)
        #expect(throws: InvalidEvent.self) { try event("") }
    }
}
