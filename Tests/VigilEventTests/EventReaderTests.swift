import Foundation
import Testing
@testable import VigilEvent

@Suite struct EventReaderTests {
    @Test func everySampleShapeIsDetected() throws {
        let hook = EventReader.read(try Fixtures.sharedBytes("okta/samples/event-hook-delivery.json"))
        #expect(hook.events.count == 1 && hook.rejections.isEmpty)
        let envelope = try Fixtures.sharedBytes("okta/samples/eventbridge-envelope.json")
        var reader = EventReader()
        var events: [OktaEvent] = []
        reader.feed(envelope, isFinal: true) { if case .event(let e) = $0 { events.append(e) } }
        #expect(events.map(\.eventType) == ["user.session.access_admin_app"])
        #expect(reader.stats.shapes == [.eventBridge: 1])

        // An SQS message whose Body is the envelope, alone and inside a ReceiveMessage response.
        let body = JSONString.escape(String(decoding: envelope, as: UTF8.self))
        let message = #"{"MessageId":"m1","ReceiptHandle":"r1","Body":"\#(body)"}"#
        let single = EventReader.read(Array(message.utf8))
        #expect(single.events.count == 1 && single.rejections.isEmpty)
        #expect(single.events.first?.raw == events.first?.raw, "the unwrapped event keeps its bytes")
        let response = #"{"Messages":[\#(message),\#(message)]}"#
        #expect(EventReader.read(Array(response.utf8)).events.count == 2)
    }

    @Test func anEventWithAWrapperLikeFieldIsStillAnEvent() throws {
        let json = Fixtures.event(uuid: "a", extra: #","detail":{"x":1},"Body":"y","data":{"events":[]}"#)
        let (events, rejections) = EventReader.read(Array(json.utf8))
        #expect(events.map(\.uuid) == ["a"] && rejections.isEmpty)
    }

    @Test func rawBytesAreKeptExactly() throws {
        let page = "[\n  " + Fixtures.event(uuid: "a") + " ,\n  " + Fixtures.event(uuid: "b") + "\n]\n"
        let (events, rejections) = EventReader.read(Array(page.utf8))
        #expect(rejections.isEmpty)
        #expect(events.map { String(decoding: $0.raw, as: UTF8.self) } == [Fixtures.event(uuid: "a"), Fixtures.event(uuid: "b")])
    }

    @Test func ndjsonWithBadLinesReportsEachWithItsLine() {
        let lines = [
            Fixtures.event(uuid: "1"),
            #"{"uuid":"2","published":"2024-05-01T10:42:07Z","eventType":"x""#,  // truncated
            Fixtures.event(uuid: "3"),
            "not json at all",
            #"{"published":"2024-05-01T10:42:07Z","eventType":"x"}"#,  // no uuid
            Fixtures.event(uuid: "6"),
        ]
        let input = lines.joined(separator: "\n") + "\n"
        var reader = EventReader()
        var events: [String] = [], rejections: [Rejection] = []
        reader.feed(Array(input.utf8), isFinal: true) {
            switch $0 {
            case .event(let e): events.append(e.uuid)
            case .rejected(let r): rejections.append(r)
            }
        }
        #expect(events == ["1", "3", "6"])
        #expect(rejections.count == 3)
        #expect(rejections.map(\.position.line) == [2, 4, 5])
        #expect(rejections[0].reason.contains("malformed JSON at line 3"))
        #expect(rejections[1].reason.contains("where a JSON object or array should start"))
        #expect(rejections[2].reason.contains("missing required field 'uuid'"))
        #expect(reader.stats.events == 3 && reader.stats.rejected == 3)
    }

    @Test func hookBodyWithABadEventKeepsTheOthers() {
        let body = #"{"eventType":"com.okta.event_hook","data":{"events":[\#(Fixtures.event(uuid: "a")),{"uuid":"b"},\#(Fixtures.event(uuid: "c"))]}}"#
        let (events, rejections) = EventReader.read(Array(body.utf8))
        #expect(events.map(\.uuid) == ["a", "c"])
        #expect(rejections.count == 1)
        #expect(rejections.first?.position.within == "data.events[1]")
    }

    /// A hook delivery's events are validated one by one: a malformed one is rejected with where it went wrong,
    /// the others are read.
    @Test func malformedJSONInsideAHookDeliveryRejectsOnlyThatEvent() {
        let bad = #"{"uuid":"b","x":tru}"#
        let prefix = #"{"eventType":"com.okta.event_hook","data":{"events":["# + Fixtures.event(uuid: "a") + ","
        let body = prefix + bad + "," + Fixtures.event(uuid: "c") + "]}}"
        let (events, rejections) = EventReader.read(Array(body.utf8))
        #expect(events.map(\.uuid) == ["a", "c"])
        #expect(rejections.count == 1)
        #expect(rejections.first?.position.within == "data.events[1]")
        let badLiteral = prefix.utf8.count + bad.utf8.count - 1
        #expect(rejections.first?.reason.contains("malformed JSON at line 1, byte \(badLiteral)") == true, "\(rejections)")
    }

    /// Brackets and escaped quotes inside strings do not end a nested event early.
    @Test func bracketsInsideStringsOfAHookEventAreText() {
        let tricky = #"{"uuid":"b","published":"2024-05-01T10:00:00.000Z","eventType":"user.session.start","displayMessage":"} ] \" { [ \\"}"#
        let body = #"{"data":{"events":["# + tricky + "," + Fixtures.event(uuid: "c") + "]}}"
        let (events, rejections) = EventReader.read(Array(body.utf8))
        #expect(rejections.isEmpty, "\(rejections)")
        #expect(events.map(\.uuid) == ["b", "c"])
        #expect(events.first?.string(.displayMessage) == #"} ] " { [ \"#)
    }

    /// Mismatched brackets inside a hook event never let it through.
    @Test func mismatchedBracketsInsideAHookEventAreRejected() {
        let body = #"{"data":{"events":[{"uuid":"b","x":[1},"# + Fixtures.event(uuid: "c") + "]}}"
        let (events, rejections) = EventReader.read(Array(body.utf8))
        #expect(!events.map(\.uuid).contains("b"))
        #expect(!rejections.isEmpty)
    }

    /// An event with a field named like a wrapper's (`detail`) is still validated in full.
    @Test func anEventWithADetailFieldIsValidatedInFull() {
        let event = Fixtures.event(uuid: "a")
        let withDetail = String(event.dropLast()) + #","detail":{"x":tru}}"#
        let (events, rejections) = EventReader.read(Array(withDetail.utf8))
        #expect(events.isEmpty)
        #expect(rejections.first?.reason.contains("invalid literal") == true, "\(rejections)")
        let fine = String(event.dropLast()) + #","detail":{"x":true}}"#
        #expect(EventReader.read(Array(fine.utf8)).events.map(\.uuid) == ["a"])
    }

    /// Splitting the input at every possible byte must not change what is read.
    @Test func chunkBoundariesDoNotMatter() {
        let input = Array(("[" + Fixtures.event(uuid: "a") + "," + Fixtures.event(uuid: "b") + "]\n" + Fixtures.event(uuid: "c") + "\n{bad\n" + Fixtures.event(uuid: "d")).utf8)
        let whole = EventReader.read(input)
        #expect(whole.events.map(\.uuid) == ["a", "b", "c", "d"])
        #expect(whole.rejections.count == 1)
        for cut in 1..<input.count {
            var reader = EventReader()
            var uuids: [String] = [], rejected = 0
            let sink: (ReaderOutput) -> Void = {
                switch $0 {
                case .event(let e): uuids.append(e.uuid)
                case .rejected: rejected += 1
                }
            }
            reader.feed(Array(input[..<cut]), isFinal: false, sink)
            reader.feed(Array(input[cut...]), isFinal: true, sink)
            #expect(uuids == ["a", "b", "c", "d"], "cut at \(cut)")
            #expect(rejected == 1, "cut at \(cut)")
        }
    }

    /// A malformed line cut by a chunk boundary is still one rejection: skipping goes on into the next chunk.
    @Test func aBrokenLineAcrossChunksIsOneRejection() {
        let input = Array((Fixtures.event(uuid: "a") + "\n{\"uuid\":\"b\",\"x\":1.e5,\"rest of the broken line\"}\n" + Fixtures.event(uuid: "c") + "\n").utf8)
        let brokenLine = Fixtures.event(uuid: "a").utf8.count + 1
        for cut in (brokenLine + 1)..<(brokenLine + 40) {
            var reader = EventReader()
            var uuids: [String] = [], rejected: [Rejection] = []
            let sink: (ReaderOutput) -> Void = {
                switch $0 {
                case .event(let e): uuids.append(e.uuid)
                case .rejected(let r): rejected.append(r)
                }
            }
            reader.feed(Array(input[..<cut]), isFinal: false, sink)
            reader.feed(Array(input[cut...]), isFinal: true, sink)
            #expect(uuids == ["a", "c"], "cut at \(cut)")
            #expect(rejected.count == 1, "cut at \(cut): \(rejected)")
        }
    }

    @Test func prettyPrintedBrokenRecordIsOneRejection() {
        let broken = "{\n  \"uuid\": \"x\",\n  \"client\": {\n    \"ipAddress\": 1.2.3\n  }\n}\n"
        let input = broken + Fixtures.event(uuid: "ok") + "\n"
        let (events, rejections) = EventReader.read(Array(input.utf8))
        #expect(events.map(\.uuid) == ["ok"])
        #expect(rejections.count == 1)
        #expect(rejections.first?.position.line == 1)
        #expect(rejections.first?.reason.contains("line 4") == true)
    }

    @Test func linesSkippedAfterAMalformedRecordAreNamed() {
        let input = [Fixtures.event(uuid: "a"), #"{"uuid":"broken"#, "garbage", "more garbage", Fixtures.event(uuid: "b")].joined(separator: "\n")
        let (events, rejections) = EventReader.read(Array(input.utf8))
        #expect(events.map(\.uuid) == ["a", "b"])
        #expect(rejections.count == 1)
        #expect(rejections.first?.reason.hasSuffix("(lines 2–4 skipped)") == true, "\(rejections)")
    }

    @Test func truncatedInputIsReportedAtTheEnd() {
        let (events, rejections) = EventReader.read(Array((Fixtures.event(uuid: "a") + "\n" + #"{"uuid":"b","#).utf8))
        #expect(events.count == 1)
        #expect(rejections.count == 1)
        #expect(rejections.first?.reason.contains("input ended") == true)
    }

    @Test func timestamps() {
        #expect(Timestamp(iso8601: "1970-01-01T00:00:00Z")?.millis == 0)
        #expect(Timestamp(iso8601: "2024-05-01T10:42:07.123Z")?.iso8601 == "2024-05-01T10:42:07.123Z")
        #expect(Timestamp(iso8601: "2024-05-01T12:42:07.1+02:00")?.iso8601 == "2024-05-01T10:42:07.100Z")
        #expect(Timestamp(iso8601: "2024-02-29T23:59:59.999999Z")?.iso8601 == "2024-02-29T23:59:59.999Z")
        #expect(Timestamp(iso8601: "1969-12-31T23:59:59.500Z")?.millis == -500)
        #expect(Timestamp(iso8601: "2024-13-01T00:00:00Z") == nil)
        #expect(Timestamp(iso8601: "2024-05-01") == nil)
        #expect(Timestamp(iso8601: "2024-02-30T00:00:00Z") == nil)
        #expect(Timestamp(iso8601: "2023-02-29T00:00:00Z") == nil)
        #expect(Timestamp(iso8601: "2024-02-29T00:00:00Z") != nil)
        #expect(Timestamp(iso8601: "2024-05-01T00:00:00+24:00") == nil)
        let now = Timestamp.now()
        #expect(Timestamp(iso8601: now.iso8601) == now)
    }
}
