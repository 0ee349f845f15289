import Foundation
@testable import VigilEvent
import XCTest

/// Cross-checks the hot path's byte scanner against two full parsers: every value `FieldPlan.standard`
/// extracts for a `HotField` must be what walking the fully decoded event (Vigil's `JSONValue`, and
/// Foundation's `JSONSerialization` as an independent parser) finds at that path.
final class HotFieldCrossCheckTests: XCTestCase {
    /// One extracted value: its JSON kind and, for scalars, its text.
    private struct Found: Equatable, CustomStringConvertible {
        var kind: JSONValueKind
        var text: String?
        var description: String { "\(kind)(\(text ?? "-"))" }
    }

    func testSamplesAgreeWithTheDecodedModel() throws {
        for (name, event) in try ModelSamples.all() { try crossCheck(event, name) }
    }

    func testTrickyEventAgrees() throws {
        try crossCheck(OktaEvent(raw: Array(Self.trickyEvent.utf8)), "tricky")
    }

    /// Strings with an escape or a multi-byte character at every position of an 8-byte word, where the
    /// scanner's word-at-a-time string loop changes over to bytes.
    func testStringsAcrossWordBoundariesAgree() throws {
        let specials = [#"\""#, #"\\"#, #"\u00e9"#, "é", #"\n"#, #"\ud83d\ude00"#, #"\/"#, "日本"]
        var targets: [String] = []
        for (i, special) in specials.enumerated() {
            for k in 0..<17 {
                let text = String(repeating: "a", count: k) + special + String(repeating: "b", count: (i + k) % 11)
                targets.append(#"{"id":"t\#(i)-\#(k)","displayName":"\#(text)","alternateId":"\#(special)"}"#)
            }
        }
        let json = #"{"uuid":"u","published":"2024-01-02T03:04:05.678Z","eventType":"x","target":[\#(targets.joined(separator: ","))]}"#
        let event = try OktaEvent(raw: Array(json.utf8))
        XCTAssertEqual(event.strings(.targetDisplayName).count, targets.count)
        try crossCheck(event, "word boundaries")
    }

    private func crossCheck(_ event: OktaEvent, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let tree = JSONValue(validatedJSON: event.raw)
        let foundation = try JSONSerialization.jsonObject(with: Data(event.raw), options: [.fragmentsAllowed])
        let decoded = try LogEvent(from: event)
        XCTAssertEqual(decoded.jsonObject, tree.objectValue, "\(name): model", file: file, line: line)
        // The scanner's own date parser against Foundation's.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = try XCTUnwrap(decoded.published.flatMap(formatter.date(from:)), "\(name): published", file: file, line: line)
        XCTAssertEqual(event.published, Timestamp(date), "\(name): published", file: file, line: line)
        for field in HotField.allCases {
            let path = field.path.split(separator: ".").map { $0.lowercased() }
            let scanned = event.fields.values(field.rawValue).map { Found(kind: $0.kind, text: event.text($0)) }
            let expected = Self.walk(tree, path[...])
            XCTAssertEqual(scanned, expected, "\(name): \(field.path)", file: file, line: line)
            let independent = Self.walk(foundation, path[...])
            XCTAssertEqual(scanned.count, independent.count, "\(name): \(field.path) (JSONSerialization)", file: file, line: line)
            // Foundation's dictionaries have no order, so values reached through keys that differ only in
            // case may come in another order: match them as a multiset.
            var unmatched = independent
            for s in scanned {
                guard let i = unmatched.firstIndex(where: { Self.sameValue(s, $0) }) else {
                    XCTFail("\(name): \(field.path): scanner \(s) not found by JSONSerialization in \(independent)", file: file, line: line)
                    continue
                }
                unmatched.remove(at: i)
            }
        }
    }

    /// What the scanner's rules give for `path` in a decoded value: keys match case-insensitively, arrays are
    /// entered element by element, and an empty array at the end of the path counts as one value.
    private static func walk(_ value: JSONValue, _ path: ArraySlice<String>) -> [Found] {
        if case .array(let items) = value {
            if items.isEmpty { return path.isEmpty ? [Found(kind: .array, text: nil)] : [] }
            return items.flatMap { walk($0, path) }
        }
        guard let key = path.first else { return [found(value)] }
        guard case .object(let object) = value else { return [] }
        return object.entries.filter { $0.key.lowercased() == key }.flatMap { walk($0.value, path.dropFirst()) }
    }

    private static func found(_ value: JSONValue) -> Found {
        switch value {
        case .null: Found(kind: .null, text: nil)
        case .bool: Found(kind: .bool, text: value.scalarText)
        case .number: Found(kind: .number, text: value.scalarText)
        case .string: Found(kind: .string, text: value.scalarText)
        case .array: Found(kind: .array, text: nil)
        case .object: Found(kind: .object, text: nil)
        }
    }

    /// The same walk over `JSONSerialization`'s output (which has no key order, hence matching by key only).
    private static func walk(_ value: Any, _ path: ArraySlice<String>) -> [Any] {
        if let items = value as? [Any] {
            if items.isEmpty { return path.isEmpty ? [items] : [] }
            return items.flatMap { walk($0, path) }
        }
        guard let key = path.first else { return [value] }
        guard let object = value as? [String: Any] else { return [] }
        return object.filter { $0.key.lowercased() == key }.flatMap { walk($0.value, path.dropFirst()) }
    }

    private static func sameValue(_ scanned: Found, _ other: Any) -> Bool {
        switch scanned.kind {
        case .string: return scanned.text == other as? String
        case .null: return other is NSNull
        case .object: return other is [String: Any]
        case .array: return other is [Any]
        case .bool: return (other as? NSNumber)?.boolValue == (scanned.text == "true")
        case .number: return (other as? NSNumber)?.doubleValue == scanned.text.flatMap(Double.init)
        }
    }

    /// Escapes in values and keys, keys in other cases, duplicates, nested and empty arrays, non-scalar values
    /// where scalars are expected, exotic numbers, and whitespace everywhere.
    static let trickyEvent = #"""
    {
    	"uuid" : "11111111-2222-3333-4444-555555555555" ,
      "published":"2024-06-01T12:00:00.5+02:00",
      "eventType":"user.authentication.sso",
      "EVENTTYPE":"second spelling",
      "display\u004dessage":"Caf\u00e9 \"quoted\" \\ \/ \ud83d\ude00\ttab",
      "severity":"WARN",
      "actor":{"id":{"nested":true},"type":"User","alternateId":"jo\u0040example.com","displayName":"Zoë 日本"},
      "\u0063lient":{"ipAddress":"2001:db8::1","userAgent":{"rawUserAgent":"A/1.0 (\"x\")","os":null,"browser":"CHROME"},
        "zone":"null","device":"Computer","id":[],
        "geographicalContext":{"city":"São Paulo","postalCode":1310100,"geolocation":{"lat":-0.0e+0,"lon":1E2}}},
      "outcome":{"result":"FAILURE","reason":["a",[],3,[[]]]},
      "authenticationContext":{"externalSessionId":"idx\/1","rootSessionId":"","issuer":{"id":null,"type":"x"}},
      "securityContext":{"asNumber":12345678901234567890,"isProxy":"true","isp":"i\u0073p","domain":"d.com","asOrg":false},
      "transaction":{"id":"T","type":"WEB","detail":{"requestApiTokenId":"00T1","RequestApiTokenId":"00T2"}},
      "debugContext":{"debugData":{"dtHash":"h","requestUri":"/a?b=c&d=\u00e9","threatSuspected":false,
        "behaviors":"{New IP=POSITIVE}","risk":"{level=LOW}","logOnlySecurityData":"{\"risk\":{\"level\":\"LOW\"}}"}},
      "target":[[{"id":"in-nested-array","type":"T1"}],{"id":"b","type":"T2","displayName":"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"","alternateId":null},[],null,"str",
        {"ID":"upper","Type":"T3","displayName":{"not":"scalar"}}],
      "request":{"ipChain":[{"ip":"1.1.1.1"},{"ip":"2.2.2.2","version":"V4"},{"notIp":"x"},{"ip":["3.3.3.3","4.4.4.4"]}]}
    }
    """#
}
