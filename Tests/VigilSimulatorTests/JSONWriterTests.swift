import Foundation
import Testing
@testable import VigilSimulator

@Suite struct JSONWriterTests {
    @Test(arguments: ["plain", "O'Brien", "quote \" and backslash \\ ", "tab\tnew\nline\r", "\u{01}\u{1F}", "Zürich 東京 🙂",
                      String(repeating: "long value without escapes ", count: 9) + "\"", ""])
    func stringsRoundTripThroughFoundation(value: String) throws {
        let w = JSONWriter(capacity: 8)
        w.raw("{\"k\":")
        w.string(value)
        w.member(",\"n\":", orNull: nil)
        w.raw("}")
        let decoded = try JSONSerialization.jsonObject(with: Data(w.bytes)) as! [String: Any]
        #expect(decoded["k"] as? String == value)
        #expect(decoded["n"] is NSNull)
    }

    @Test func numbersAreWrittenLikeOktas() throws {
        let w = JSONWriter()
        w.raw("[")
        for (i, v) in [43.6567, -79.34, 0.0, 151.2006, -0.0802, 5.0].enumerated() {
            if i > 0 { w.raw(",") }
            w.decimal(v)
        }
        w.raw(",")
        w.int(-42)
        w.raw(",")
        w.unsigned(7, width: 3)
        w.raw("]")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[43.6567,-79.34,0,151.2006,-0.0802,5,-42,007]")
    }
}
