import Foundation
import Testing
import VigilEvent

@Suite struct JSONWriterTests {
    /// Nesting, commas and escapes come out as JSON that a standard parser reads back to the same values.
    @Test func writesWhatAParserReadsBack() throws {
        let awkward = "a\"b\\c\nd\te\u{1F}f\u{01}g — ü 🙂"
        var w = JSONWriter()
        w.object { w in
            w.field("empty") { w in w.object { _ in } }
            w.field("list") { w in
                w.array { w in
                    w.int(1)
                    w.int(Int64.min)
                    w.string(awkward)
                    w.array { _ in }
                    w.object { w in w.field(awkward, int: 2) }
                }
            }
            w.field("n", int: -7)
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        #expect((parsed["empty"] as? [String: Any])?.isEmpty == true)
        let list = try #require(parsed["list"] as? [Any])
        #expect(list.count == 5)
        #expect((list[0] as? NSNumber)?.intValue == 1)
        #expect((list[1] as? NSNumber)?.int64Value == Int64.min)
        #expect(list[2] as? String == awkward)
        #expect((list[3] as? [Any])?.isEmpty == true)
        #expect((list[4] as? [String: Any])?[awkward] as? Int == 2)
        #expect(parsed["n"] as? Int == -7)
    }
}
