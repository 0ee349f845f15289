import Foundation
import Testing
@testable import VigilEvent

@Suite struct FieldScanTests {
    @Test func hotFieldsOfTheHookSample() throws {
        let (events, rejections) = EventReader.read(try Fixtures.sharedBytes("okta/samples/event-hook-delivery.json"))
        #expect(rejections.isEmpty)
        let e = try #require(events.first)
        #expect(e.uuid == "f1d0b993-cc19-11ed-a688-db22c99ef6c4")
        #expect(e.eventType == "user.session.start")
        #expect(e.published == Timestamp(iso8601: "2023-03-26T21:05:32.159Z"))
        #expect(e.string(.actorAlternateId) == "admin@okta.com")
        #expect(e.string(.clientIP) == "142.126.158.61")
        #expect(e.string(.city) == "Toronto")
        #expect(e.double(.latitude) == 43.6567)
        #expect(e.string(.outcomeResult) == "SUCCESS")
        #expect(e.string(.outcomeReason) == nil)  // JSON null
        #expect(e.strings(.targetDisplayName) == ["Password", "Okta Admin Console"])
        #expect(e.string(.clientId) == nil)
    }

    /// Every hot field the scanner extracts must equal what a full JSON parser finds at the same path.
    @Test func scannerAgreesWithJSONSerialization() throws {
        let samples = try JSONSerialization.jsonObject(with: Data(Fixtures.sharedBytes("okta/samples/openapi-log-examples.json"))) as! [String: Any]
        var raws: [Any] = (samples["ListLogs"] as! [Any])
        raws.append(samples["ListLogsWithAdditionalSecurityContext"]!)
        for object in raws {
            let raw = Array(try JSONSerialization.data(withJSONObject: object))
            let event = try OktaEvent(raw: raw)
            for field in HotField.allCases {
                let expected = values(at: field.path.split(separator: ".").map(String.init), in: object)
                #expect(event.strings(field) == expected, "\(field.path)")
            }
        }
    }

    @Test func escapesAndUnicodeAreDecoded() throws {
        let json = Fixtures.event(actor: #"al\"ice\\\u00e9\ud83d\ude00@example.com"#)
        let e = try OktaEvent(raw: Array(json.utf8))
        #expect(e.string(.actorAlternateId) == "al\"ice\\é😀@example.com")
        let raw = Array(Fixtures.event(actor: "zoë@exämple.com").utf8)
        #expect(try OktaEvent(raw: raw).string(.actorAlternateId) == "zoë@exämple.com")
    }

    @Test func keysMatchCaseInsensitivelyAndArraysYieldEachElement() throws {
        let plan = FieldPlan.standard.extended(with: ["TARGET.displayname", "debugcontext.debugdata.privilegeGranted", "target.changeDetails.to"])
        let raw = Array(Fixtures.event(extra: #","debugContext":{"debugData":{"privilegeGranted":"Super Administrator"}}"#).utf8)
        let e = try OktaEvent(raw: raw, plan: plan)
        #expect(e.strings(slot: plan.slot(for: "target.displayName")!) == ["Okta Admin Console", "Bob"])
        #expect(e.string(slot: plan.slot(for: "debugContext.debugData.privilegeGranted")!) == "Super Administrator")
        #expect(!e.fields.has(plan.slot(for: "target.changeDetails.to")!))
    }

    @Test func objectsAndEmptyArraysAreRecordedAsValues() throws {
        let plan = FieldPlan.standard.extended(with: ["client.geographicalContext", "request.ipChain"])
        let raw = Array(Fixtures.event(extra: #","request":{"ipChain":[]}"#).utf8)
        let e = try OktaEvent(raw: raw, plan: plan)
        #expect(e.fields.first(plan.slot(for: "client.geographicalContext")!)?.kind == .object)
        #expect(e.fields.first(plan.slot(for: "request.ipChain")!)?.kind == .array)
    }

    @Test(arguments: [
        (#"{"uuid":"a","published":"2024-05-01T10:42:07Z","eventType":"x",}"#, "expected a quoted object key"),
        (#"{"uuid":"a" "published":1}"#, "expected ',' or '}'"),
        (#"{"uuid":"a\q"}"#, "invalid escape"),
        (#"{"uuid":01}"#, "expected ',' or '}'"),
        (#"{"uuid":tru}"#, "invalid literal"),
        ("{\"uuid\":\"a\u{01}\"}", "control character"),
    ])
    func syntaxErrorsAreRejectedWithAReason(json: String, reason: String) {
        #expect(throws: InvalidEvent.self) { try OktaEvent(raw: Array(json.utf8)) }
        do { _ = try OktaEvent(raw: Array(json.utf8)) } catch { #expect(error.reason.contains(reason), "\(error.reason)") }
    }

    /// Where whitespace stands between tokens, the error still names the byte that is wrong and its offset.
    @Test(arguments: [
        (#"{ "uuid" : "a" ,  "b"  1 }"#, "expected ':' after an object key, found '1'", 23),
        (#"{"a" : [1 , 2  x]}"#, "expected ',' or ']' in an array, found 'x'", 15),
        (#"{"a" :1 , }"#, "expected a quoted object key, found '}'", 10),
        (#"{"a" :1 ;"#, "expected ',' or '}' in an object, found ';'", 8),
        (#"{"a": 1  "#, "input ended where ',' or '}' was expected", 9),
        (#"{"a":   "#, "input ended where a value was expected", 8),
    ])
    func syntaxErrorsAmidWhitespaceNameTheirByte(json: String, reason: String, offset: Int) {
        do {
            _ = try OktaEvent(raw: Array(json.utf8))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.reason == "malformed JSON: \(reason) at byte \(offset)")
        }
    }

    /// Strings are scanned sixteen bytes at a time and, near the end of the input, eight: a string must end at its
    /// quote, keep its escapes and fail at its control character whatever its length, where the special byte falls
    /// and how close to the end of the bytes it stands.
    @Test func stringsEndAtTheirFirstSpecialByteAtEveryLengthAndPlace() throws {
        let plan = FieldPlan(paths: ["a"])
        for pad in 0..<17 {
            for length in 0..<40 {
                let content = String(repeating: "x", count: length)
                let prefix = #"{"p":""# + String(repeating: "y", count: pad) + #"","a":""#
                let plain = Array((prefix + content + #""}"#).utf8)
                let span = try #require(try plan.scan(plain).first(0))
                #expect(Int(span.start) == prefix.utf8.count && Int(span.end) == prefix.utf8.count + length && !span.escaped)
                for at in 0..<length {
                    var escaped = Array(content.utf8)
                    escaped.replaceSubrange(at..<(at + 1), with: Array(#"\""#.utf8))
                    let escapedJSON = Array(prefix.utf8) + escaped + Array(#""}"#.utf8)
                    let values = try plan.scan(escapedJSON)
                    #expect(values.first(0)?.escaped == true)
                    #expect(escapedJSON.withUnsafeBufferPointer { JSONString.decode(values.first(0)!, in: $0) }
                            == String(repeating: "x", count: at) + "\"" + String(repeating: "x", count: length - at - 1))
                    var control = Array(plain)
                    control[prefix.utf8.count + at] = 0x01
                    #expect(throws: JSONSyntaxError(offset: prefix.utf8.count + at, reason: "control character byte 0x1 inside a string")) {
                        _ = try plan.scan(control)
                    }
                }
                // Cut before its closing quote, a string asks for more input rather than failing.
                let cut = Array(plain[..<(prefix.utf8.count + length)])
                #expect(throws: JSONSyntaxError(offset: cut.count, reason: "input ended where the closing '\"' of a string was expected",
                                                isEndOfInput: true)) { _ = try plan.scan(cut) }
            }
        }
    }

    @Test func missingRequiredFieldsAreRejected() {
        for (json, reason) in [
            (#"{"published":"2024-05-01T10:42:07Z","eventType":"x"}"#, "missing required field 'uuid'"),
            (#"{"uuid":"a","published":"yesterday","eventType":"x"}"#, "not an RFC 3339"),
            (#"{"uuid":"a","published":"2024-05-01T10:42:07Z","eventType":7}"#, "'eventType' must be a string"),
        ] {
            do {
                _ = try OktaEvent(raw: Array(json.utf8))
                Issue.record("accepted \(json)")
            } catch { #expect(error.reason.contains(reason), "\(error.reason)") }
        }
    }

    private func values(at path: [String], in object: Any) -> [String] {
        guard let key = path.first else {
            switch object {
            case let s as String: return [s]
            case let n as NSNumber:
                // Foundation boxes JSON booleans in a private NSNumber subclass whose name says so.
                if "\(type(of: n))".contains("Boolean") { return [n.boolValue ? "true" : "false"] }
                return [n.stringValue]
            default: return []
            }
        }
        switch object {
        case let d as [String: Any]: return d[key].map { values(at: Array(path.dropFirst()), in: $0) } ?? []
        case let a as [Any]: return a.flatMap { values(at: path, in: $0) }
        default: return []
        }
    }
}
