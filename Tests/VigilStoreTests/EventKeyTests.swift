import Foundation
import GRDB
import Testing
import VigilEvent
@testable import VigilStore

@Suite struct EventKeyTests {
    @Test(arguments: [
        "f1d0b993-cc19-11ed-a688-db22c99ef6c4",  // Okta's version-1 uuids (the hook sample)
        "0b9d41aa-7cfb-4b66-9b7f-84e38e42a2f1",  // version 4
        "F1D0B993-CC19-11ED-A688-DB22C99EF6C4",  // upper case: kept as text
        "not-a-uuid", "", "évènement-42",
    ])
    func everyFormTurnsBackIntoTheExactString(uuid: String) {
        #expect(EventKey.uuid(EventKey(uuid: uuid).databaseValue) == uuid)
    }

    @Test func formsDoNotCollide() {
        let v1 = EventKey(uuid: "f1d0b993-cc19-11ed-a688-db22c99ef6c4")
        #expect(v1.bytes.count == 16 && !v1.isText)
        #expect(EventKey(uuid: "0b9d41aa-7cfb-4b66-9b7f-84e38e42a2f1").bytes.count == 17)
        #expect(EventKey(uuid: "F1D0B993-CC19-11ED-A688-DB22C99EF6C4").isText)
        // A 16-character text is TEXT, never read back as a UUID blob.
        #expect(EventKey.uuid(EventKey(uuid: "abcdefghijklmnop").databaseValue) == "abcdefghijklmnop")
    }

    /// Version-1 uuids minted later sort later, so events arriving in time order append to the uuid index.
    @Test func versionOneKeysSortInTimeOrder() {
        // time_low wraps from ffffffff to 00000000 while time_mid advances: written order would put it first.
        let earlier = EventKey(uuid: "ffffffff-cc19-11ed-a688-db22c99ef6c4").bytes
        let later = EventKey(uuid: "00000000-cc1a-11ed-a688-db22c99ef6c4").bytes
        #expect(earlier.lexicographicallyPrecedes(later))
    }

    @Test func oktaUuidsAreDeduplicatedAndFoundByTheStore() throws {
        let store = try StoreFixtures.temporaryStore()
        let json = #"{"uuid":"f1d0b993-cc19-11ed-a688-db22c99ef6c4","published":"2023-03-26T21:05:32.159Z","eventType":"user.session.start"}"#
        let event = try OktaEvent(raw: Array(json.utf8))
        #expect(try store.insert([event], source: "test").inserted == 1)
        #expect(try store.insert([event], source: "test").duplicates == 1)
        #expect(try store.event(uuid: event.uuid)?.uuid == event.uuid)
        #expect(try store.search(EventQuery()).map(\.uuid) == [event.uuid])
    }
}
