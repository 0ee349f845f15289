import VigilEvent
import XCTest

/// Parsers for the debugData fields Okta writes as text: `behaviors`, `risk`, `logOnlySecurityData`.
final class OktaSignalParserTests: XCTestCase {
    func testBehaviors() {
        let behaviors = OktaBehaviors(parsing: "{New Geo-Location=NEGATIVE, New Device=POSITIVE, New IP=POSITIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}")
        XCTAssertEqual(behaviors.entries.map(\.key), ["New Geo-Location", "New Device", "New IP", "New State", "New Country", "Velocity", "New City"])
        XCTAssertEqual(behaviors["New IP"], "POSITIVE")
        XCTAssertEqual(behaviors["Velocity"], "NEGATIVE")
        XCTAssertNil(behaviors["Unknown"])
        XCTAssertEqual(behaviors.positive, ["New Device", "New IP"])
    }

    func testMalformedBehaviorsKeepWhatParsed() {
        XCTAssertEqual(OktaBehaviors(parsing: "{New IP=POSITIVE, New Dev").entries, [OktaMapEntry("New IP", "POSITIVE, New Dev")])
        XCTAssertEqual(OktaBehaviors(parsing: "New IP=POSITIVE,Velocity=NEGATIVE").entries,
                       [OktaMapEntry("New IP", "POSITIVE"), OktaMapEntry("Velocity", "NEGATIVE")])
        XCTAssertEqual(OktaBehaviors(parsing: "{}").entries, [])
        XCTAssertEqual(OktaBehaviors(parsing: "").entries, [])
        XCTAssertEqual(OktaBehaviors(parsing: "garbage, more garbage").entries, [])
        XCTAssertEqual(OktaBehaviors(parsing: "{=POSITIVE, New IP=}").entries, [OktaMapEntry("New IP", "")])
    }

    func testRiskWithCommasInReasons() {
        let risk = OktaRiskSignal(parsing: "{level=HIGH, reasons=Anomalous Device, Anomalous Location}")
        XCTAssertEqual(risk.level, "HIGH")
        XCTAssertEqual(risk.reasons, ["Anomalous Device", "Anomalous Location"])
        XCTAssertNil(risk.detectionName)
        let reordered = OktaRiskSignal(parsing: "{reasons=Anomalous Geo-Distance, New Device, level=MEDIUM}")
        XCTAssertEqual(reordered.level, "MEDIUM")
        XCTAssertEqual(reordered.reasons, ["Anomalous Geo-Distance", "New Device"])
    }

    func testRiskWithDetectionNameAndIssuer() {
        let risk = OktaRiskSignal(parsing: "{detectionName=Session Influence, level=HIGH, issuer=OKTA_ITP, reasons=Anomalous IP, Anomalous Device, previousLevel=LOW, policyId=rst1}")
        XCTAssertEqual(risk.detectionName, "Session Influence")
        XCTAssertEqual(risk.issuer, "OKTA_ITP")
        XCTAssertEqual(risk.level, "HIGH")
        XCTAssertEqual(risk.previousLevel, "LOW")
        XCTAssertEqual(risk.reasons, ["Anomalous IP", "Anomalous Device"])
        XCTAssertEqual(risk.otherFields, [OktaMapEntry("policyId", "rst1")])
    }

    func testMalformedRiskKeepsWhatParsed() {
        XCTAssertEqual(OktaRiskSignal(parsing: "level=LOW").level, "LOW")
        let truncated = OktaRiskSignal(parsing: "{level=HIGH, reasons=")
        XCTAssertEqual(truncated.level, "HIGH")
        XCTAssertEqual(truncated.reasons, [])
        XCTAssertEqual(OktaRiskSignal(parsing: "{level=HIGH, reasons=[A, B]}").reasons, ["A", "B"])
        XCTAssertEqual(OktaRiskSignal(parsing: "nonsense"), OktaRiskSignal())
        XCTAssertEqual(OktaRiskSignal(parsing: ""), OktaRiskSignal())
    }

    func testLogOnlySecurityData() throws {
        let data = try XCTUnwrap(OktaLogOnlySecurityData(parsing: #"{"risk":{"level":"LOW"},"behaviors":{"New Geo-Location":"NEGATIVE","New Device":"POSITIVE","New IP":"NEGATIVE"}}"#))
        XCTAssertEqual(data.risk?.level, "LOW")
        XCTAssertEqual(data.behaviors?.entries.map(\.key), ["New Geo-Location", "New Device", "New IP"])
        XCTAssertEqual(data.behaviors?.positive, ["New Device"])
        let withReasons = try XCTUnwrap(OktaLogOnlySecurityData(parsing: #"{"risk":{"level":"HIGH","reasons":["A","B"],"score":0.9},"extra":1}"#))
        XCTAssertEqual(withReasons.risk?.reasons, ["A", "B"])
        XCTAssertEqual(withReasons.risk?.otherFields, [OktaMapEntry("score", "0.9")])
        XCTAssertNil(withReasons.behaviors)
        XCTAssertEqual(withReasons.object["extra"], .number(JSONNumber(1)))
        XCTAssertNil(OktaLogOnlySecurityData(parsing: #"{"risk":"#))
        XCTAssertNil(OktaLogOnlySecurityData(parsing: "[1]"))
    }

    func testAccessorsOnEvents() throws {
        let json = #"""
        {"uuid":"u1","published":"2024-01-02T03:04:05.678Z","eventType":"user.session.start",
         "debugContext":{"debugData":{
           "behaviors":"{New Geo-Location=NEGATIVE, New Device=POSITIVE}",
           "risk":"{level=MEDIUM, reasons=Anomalous Device, Anomalous Location}",
           "logOnlySecurityData":"{\"risk\":{\"level\":\"LOW\"},\"behaviors\":{\"New IP\":\"POSITIVE\"}}"}}}
        """#
        let event = try OktaEvent(raw: Array(json.utf8))
        XCTAssertEqual(event.behaviors?.positive, ["New Device"])
        XCTAssertEqual(event.riskSignal?.reasons, ["Anomalous Device", "Anomalous Location"])
        XCTAssertEqual(event.logOnlySecurityData?.risk?.level, "LOW")
        XCTAssertEqual(event.logOnlySecurityData?.behaviors?.positive, ["New IP"])
        // The decoded model gives the same answers.
        let debug = try XCTUnwrap(LogEvent(from: event).debugContext)
        XCTAssertEqual(debug.behaviors, event.behaviors)
        XCTAssertEqual(debug.riskSignal, event.riskSignal)
        XCTAssertEqual(debug.logOnlySecurityData, event.logOnlySecurityData)
    }

    func testAccessorsTolerateMissingStructuredAndBrokenValues() throws {
        let plain = try OktaEvent(raw: Array(#"{"uuid":"u","published":"2024-01-02T03:04:05Z","eventType":"x"}"#.utf8))
        XCTAssertNil(plain.behaviors)
        XCTAssertNil(plain.riskSignal)
        XCTAssertNil(plain.logOnlySecurityData)
        let odd = try OktaEvent(raw: Array(#"""
        {"uuid":"u","published":"2024-01-02T03:04:05Z","eventType":"x","debugContext":{"debugData":
         {"behaviors":{"New IP":"POSITIVE"},"risk":42,"logOnlySecurityData":"{broken"}}}
        """#.utf8))
        XCTAssertEqual(odd.behaviors?.positive, ["New IP"])
        XCTAssertEqual(odd.riskSignal, OktaRiskSignal())
        XCTAssertNil(odd.logOnlySecurityData)
    }
}
