import VigilEvent
import XCTest

/// The ordered, exact JSON value used for free-form event parts.
final class JSONValueTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONValue(json: Array(text.utf8)) }

    func testNumbersKeepTheirText() throws {
        let text = #"[1.50,1e3,-0,12345678901234567890123,0.1,-2.5E-7]"#
        XCTAssertEqual(try parse(text).jsonText(), text)
        XCTAssertEqual(try parse("1.50").numberValue?.double, 1.5)
        XCTAssertEqual(try parse("42").numberValue?.int, 42)
        XCTAssertNil(try parse("42.0").numberValue?.int)
    }

    func testObjectsKeepKeyOrderAndDuplicates() throws {
        let value = try parse(#" {"b":1, "a":{"z":null,"y":[]}, "b":3} "#)
        XCTAssertEqual(value.objectValue?.keys, ["b", "a", "b"])
        XCTAssertEqual(value["b"], .number(JSONNumber(1)))
        XCTAssertEqual(value.jsonText(), #"{"b":1,"a":{"z":null,"y":[]},"b":3}"#)
        // Equality ignores order, as JSON does.
        XCTAssertEqual(try parse(#"{"a":1,"b":2}"#), try parse(#"{"b":2,"a":1}"#))
        XCTAssertNotEqual(try parse(#"{"a":1,"b":2}"#), try parse(#"{"a":1,"b":3}"#))
    }

    func testSubscriptSetterReplacesInPlaceAndDropsDuplicates() throws {
        var object = try XCTUnwrap(parse(#"{"b":1,"a":2,"b":3}"#).objectValue)
        object["b"] = .string("x")
        XCTAssertEqual(JSONValue.object(object).jsonText(), #"{"b":"x","a":2}"#)
        object["c"] = .bool(true)
        object["a"] = nil
        XCTAssertEqual(JSONValue.object(object).jsonText(), #"{"b":"x","c":true}"#)
    }

    func testStringsAreUnescapedAndEscapedBack() throws {
        let value = try parse(#""q\"b\\s\/e\u00e9 \ud83d\ude00 t\tn\n c\u0001""#)
        XCTAssertEqual(value.stringValue, "q\"b\\s/eé 😀 t\tn\n c\u{01}")
        XCTAssertEqual(try parse(value.jsonText()), value)
    }

    func testPrettyOutputParsesBackEqual() throws {
        let value = try parse(#"{"a":[1,{"b":[]},{}],"c":"d"}"#)
        let pretty = value.jsonText(pretty: true)
        XCTAssertTrue(pretty.contains("\n  \"a\": [\n    1,"), pretty)
        XCTAssertEqual(try parse(pretty), value)
    }

    func testMalformedInputThrowsWithOffset() {
        let cases: [(String, Int)] = [(#"{"a":1,}"#, 7), (#"{"a":tru}"#, 8), ("{} x", 3), ("-", 1), ("42 43", 3), ("", 0)]
        for (text, offset) in cases {
            XCTAssertThrowsError(try parse(text), text) { error in
                XCTAssertEqual((error as? JSONSyntaxError)?.offset, offset, text)
            }
        }
    }

    func testScalarsAtTopLevel() throws {
        XCTAssertEqual(try parse(" 42 "), .number(JSONNumber(42)))
        XCTAssertEqual(try parse("-7"), .number(JSONNumber(-7)))
        XCTAssertEqual(try parse("null"), .null)
        XCTAssertEqual(try parse("\"s\""), .string("s"))
    }

    func testNumberValidation() {
        XCTAssertEqual(JSONNumber(text: "-1.5e+3")?.text, "-1.5e+3")
        for bad in ["+1", ".5", "01", "1.", "NaN", "1e", "", "1 2"] { XCTAssertNil(JSONNumber(text: bad), bad) }
        XCTAssertNil(JSONNumber(Double.nan))
        XCTAssertNil(JSONNumber(Double.infinity))
        XCTAssertEqual(JSONNumber(0.1)?.text, "0.1")
    }
}
