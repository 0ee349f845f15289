import Testing
@testable import VigilDetect

@Suite struct KeyedStateTests {
    /// At the cap the least recently touched tenth goes, so memory stays bounded and recent keys survive.
    @Test func theCapForgetsTheLeastRecentlyTouched() {
        var state = KeyedState<Int, String>(ttl: 3_600_000, cap: 10)
        for key in 0..<30 {
            state.update(key, at: Int64(key) * 1_000, initial: "k\(key)") { _ in }
            // Touched with every new key, key 0 stays among the recent ones.
            state.update(0, at: Int64(key) * 1_000, initial: "") { _ in }
        }
        #expect(state.count <= 10)
        #expect(state.evicted >= 20)
        #expect(state[0] == "k0")
        #expect(state[29] == "k29")
        #expect(state[1] == nil && state[15] == nil)
    }
}
