import Foundation
@testable import VigilEvent
import XCTest

/// Cross-checks the hot path's byte scanner against two full parsers: every value `FieldPlan.standard`
/// extracts for a `HotField` must be what walking the fully decoded event (Vigil's `JSONValue`, and
/// Foundation's `JSONSerialization` as an independent parser) finds at that path.
final class HotFieldCrossCheckTests: XCTestCase {
    func testSamplesAgreeWithTheDecodedModel() throws {
        for (name, event) in try ModelSamples.all() { try assertScannerAgrees(event, name) }
    }

    func testTrickyEventAgrees() throws {
        try assertScannerAgrees(OktaEvent(raw: Array(Self.trickyEvent.utf8)), "tricky")
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
        try assertScannerAgrees(event, "word boundaries")
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
