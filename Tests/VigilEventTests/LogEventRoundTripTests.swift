import Foundation
import VigilEvent
import XCTest

/// Decoding then encoding a `LogEvent` gives back the same JSON: keys in order, explicit nulls, numbers with
/// their text, unknown keys at any depth, values Okta sent with unexpected types.
final class LogEventRoundTripTests: XCTestCase {
    func testSamplesEncodeBackToTheSameJSON() throws {
        for (name, oktaEvent) in try ModelSamples.all() {
            let event = try LogEvent(from: oktaEvent)
            let encoded = event.encodedJSON()
            // Same document, byte for byte once both are written compactly: order, nulls and number text kept.
            XCTAssertEqual(String(decoding: encoded, as: UTF8.self),
                           try JSONValue(json: oktaEvent.raw).jsonText(), name)
            XCTAssertEqual(try LogEvent(json: encoded), event, name)
            XCTAssertEqual(try LogEvent(json: event.encodedJSON(pretty: true)), event, name)
        }
    }

    func testUnknownFieldsSurviveAtEveryLevel() throws {
        var root = try XCTUnwrap(ModelSamples.openAPIExamples()["ListLogsWithAdditionalSecurityContext"]?.objectValue)
        let extra: JSONValue = .object(["big": .number(try XCTUnwrap(JSONNumber(text: "123456789012345678901234567890"))),
                                        "list": .array([.number(try XCTUnwrap(JSONNumber(text: "1.50"))), .null, .bool(true)])])
        root["zzTopLevel"] = extra
        try inject(&root, ["actor"], extra)
        try inject(&root, ["client", "geographicalContext", "geolocation"], extra)
        try inject(&root, ["client", "userAgent"], extra)
        try inject(&root, ["securityContext", "risk"], extra)
        try inject(&root, ["securityContext", "ipDetails"], extra)
        try inject(&root, ["authenticationContext"], extra)
        try inject(&root, ["device"], extra)
        // Inside arrays: the second target and the first behavior.
        try injectInArray(&root, ["target"], index: 1, extra)
        try injectInArray(&root, ["securityContext", "userBehaviors"], index: 0, extra)
        let raw = JSONValue.object(root).serialized()

        let event = try LogEvent(json: raw)
        XCTAssertEqual(event.additionalFields["zzTopLevel"], extra)
        XCTAssertEqual(event.actor?.additionalFields["zzExtra"], extra)
        XCTAssertEqual(event.client?.geographicalContext?.geolocation?.additionalFields["zzExtra"], extra)
        XCTAssertEqual(event.securityContext?.risk?.additionalFields["zzExtra"], extra)
        XCTAssertEqual(event.target?[1].additionalFields["zzExtra"], extra)
        XCTAssertTrue(event.target?[0].additionalFields.isEmpty ?? false)
        XCTAssertEqual(event.securityContext?.userBehaviors?[0].additionalFields["zzExtra"], extra)
        XCTAssertEqual(event.device?.additionalFields["zzExtra"], extra)
        XCTAssertEqual(String(decoding: event.encodedJSON(), as: UTF8.self), String(decoding: raw, as: UTF8.self))
        XCTAssertEqual(try LogEvent(json: event.encodedJSON()), event)
    }

    func testQuirkyTypesDecodeAndComeBackAsSent() throws {
        let json = """
        {"uuid":"u1","published":"2024-01-02T03:04:05.678Z","eventType":"user.session.start","version":0,
         "severity":"NOTICE","actor":"not an object",
         "client":{"zone":"null","geographicalContext":{"postalCode":10013,"geolocation":{"lat":"43.5","lon":1e2}}},
         "authenticationContext":{"authenticationStep":"0","credentialType":"OAuth 2.0","issuer":null},
         "securityContext":{"asNumber":"6167","isProxy":"TRUE","risk":{"reasons":"Anomalous Device"},
                            "userBehaviors":{"name":"New Device","result":"POSITIVE"}},
         "target":[{"id":"t1"},null,{"id":"t2"}],
         "device":{"managed":"false","jailbreak":1,"disk_encryption_type":"QUANTUM"},
         "transaction":{"detail":"not an object"}}
        """
        let event = try LogEvent(json: Array(json.utf8))
        XCTAssertEqual(event.version, "0")
        XCTAssertEqual(event.severity?.rawValue, "NOTICE")
        XCTAssertNil(event.actor)
        XCTAssertEqual(event.client?.geographicalContext?.postalCode, "10013")
        XCTAssertEqual(event.client?.geographicalContext?.geolocation?.lat, 43.5)
        XCTAssertEqual(event.client?.geographicalContext?.geolocation?.lon, 100)
        XCTAssertEqual(event.authenticationContext?.authenticationStep, 0)
        XCTAssertEqual(event.authenticationContext?.credentialType, .oauth2)
        XCTAssertEqual(event.securityContext?.asNumber, 6167)
        XCTAssertEqual(event.securityContext?.isProxy, true)
        XCTAssertEqual(event.securityContext?.risk?.reasons, ["Anomalous Device"])
        XCTAssertEqual(event.securityContext?.userBehaviors?.map(\.name), ["New Device"])
        XCTAssertEqual(event.target?.map(\.id), ["t1", "t2"])
        XCTAssertEqual(event.device?.managed, false)
        XCTAssertEqual(event.device?.jailbreak, nil)
        XCTAssertEqual(event.device?.diskEncryptionType?.rawValue, "QUANTUM")
        XCTAssertNil(event.transaction?.detail)
        // Everything goes back out as it came in, unusable values included.
        XCTAssertEqual(event.encodedJSON(), try JSONValue(json: Array(json.utf8)).serialized())
        XCTAssertEqual(try LogEvent(json: event.encodedJSON()), event)
    }

    func testChangedFieldsAreWrittenInPlace() throws {
        var event = try LogEvent(json: Array(#"{"uuid":"u","securityContext":{"isProxy":"true","isp":"x"},"actor":{"id":"a","displayName":"Old"}}"#.utf8))
        event.securityContext?.isProxy = false
        event.actor?.displayName = "New"
        event.actor?.id = nil
        event.outcome = LogOutcome(object: ["result": .string("DENY")])
        XCTAssertEqual(String(decoding: event.encodedJSON(), as: UTF8.self),
                       #"{"uuid":"u","securityContext":{"isProxy":false,"isp":"x"},"actor":{"displayName":"New"},"outcome":{"result":"DENY"}}"#)
    }

    func testExplicitNullIsNotAnAbsentKey() throws {
        let json = #"{"uuid":"u","actor":{"id":"a","detailEntry":null},"outcome":{"result":"SUCCESS"}}"#
        let event = try LogEvent(json: Array(json.utf8))
        XCTAssertEqual(String(decoding: event.encodedJSON(), as: UTF8.self), json)
        var built = LogEvent()
        built.uuid = "u"
        built.actor = LogActor()
        built.actor?.id = "a"
        built.outcome = LogOutcome()
        built.outcome?.result = "SUCCESS"
        XCTAssertEqual(String(decoding: built.encodedJSON(), as: UTF8.self), #"{"uuid":"u","actor":{"id":"a"},"outcome":{"result":"SUCCESS"}}"#)
    }

    func testCodableThroughFoundationCoders() throws {
        for (name, oktaEvent) in try ModelSamples.all() {
            let event = try LogEvent(from: oktaEvent)
            let data = try JSONEncoder().encode(event)
            XCTAssertEqual(try JSONDecoder().decode(LogEvent.self, from: data), event, name)
        }
        XCTAssertThrowsError(try JSONDecoder().decode(LogEvent.self, from: Data("[1]".utf8)))
    }

    func testMalformedJSONIsReportedWithItsOffset() {
        XCTAssertThrowsError(try LogEvent(json: Array(#"{"uuid":"u",}"#.utf8))) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.offset, 12)
        }
        XCTAssertThrowsError(try LogEvent(json: Array("[]".utf8))) { error in
            XCTAssertTrue(error is InvalidEvent)
        }
    }

    private func inject(_ object: inout JSONObject, _ path: ArraySlice<String>, _ extra: JSONValue) throws {
        guard let key = path.first else {
            object["zzExtra"] = extra
            return
        }
        guard case .object(var child)? = object[key] else { throw SampleError(description: "no object at \(key)") }
        try inject(&child, path.dropFirst(), extra)
        object[key] = .object(child)
    }

    private func inject(_ object: inout JSONObject, _ path: [String], _ extra: JSONValue) throws {
        try inject(&object, path[...], extra)
    }

    private func injectInArray(_ object: inout JSONObject, _ path: [String], index: Int, _ extra: JSONValue) throws {
        let parentPath = path.dropLast()
        let key = try XCTUnwrap(path.last)
        var parent = object
        for step in parentPath { parent = try XCTUnwrap(parent[step]?.objectValue) }
        guard case .array(var items)? = parent[key], case .object(var element) = items[index] else {
            throw SampleError(description: "no array element at \(path)[\(index)]")
        }
        element["zzExtra"] = extra
        items[index] = .object(element)
        parent[key] = .array(items)
        if parentPath.isEmpty {
            object = parent
        } else {
            try replace(&object, parentPath[...], with: parent)
        }
    }

    private func replace(_ object: inout JSONObject, _ path: ArraySlice<String>, with value: JSONObject) throws {
        let key = try XCTUnwrap(path.first)
        if path.count == 1 {
            object[key] = .object(value)
            return
        }
        var child = try XCTUnwrap(object[key]?.objectValue)
        try replace(&child, path.dropFirst(), with: value)
        object[key] = .object(child)
    }
}
