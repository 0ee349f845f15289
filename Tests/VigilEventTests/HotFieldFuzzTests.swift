import Foundation
import VigilEvent
import XCTest

/// The scanner against full parsers on generated events (see `RandomEventText`); each case is reproducible
/// from its seed.
final class HotFieldFuzzTests: XCTestCase {
    func testGeneratedEventsAgree() throws {
        // VIGIL_FUZZ_SEEDS=N runs more cases when hunting a scanner change.
        let count = ProcessInfo.processInfo.environment["VIGIL_FUZZ_SEEDS"].flatMap(UInt64.init) ?? 400
        for seed in UInt64(1)...max(count, 1) {
            var generator = RandomEventText(rng: SplitMix64(state: seed))
            let text = generator.event()
            let event: OktaEvent
            do {
                event = try OktaEvent(raw: Array(text.utf8))
            } catch {
                XCTFail("seed \(seed): the scanner rejected valid JSON: \(error)\n\(text)")
                continue
            }
            try assertScannerAgrees(event, "seed \(seed)")
            XCTAssertEqual(try LogEvent(from: event).encodedJSON(), try JSONValue(json: event.raw).serialized(), "seed \(seed)")
        }
    }
}
