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

    /// A sweep forgets exactly the keys untouched for the TTL, and only once per tenth of it.
    @Test func aSweepForgetsWhatOutlivedItsTTL() {
        var state = KeyedState<String, [Int]>(ttl: 100_000, cap: 1_000)
        for key in 0..<50 { state.update("k\(key)", at: Int64(key) * 10_000, initial: [key]) { $0.append(0) } }
        state.sweep(now: 300_000)
        // Touched at 0 ... 490,000; older than 200,000 are gone.
        #expect(state.count == 30)
        #expect(state["k19"] == nil && state["k20"] == [20, 0])
        state.sweep(now: 305_000, every: 60_000)
        #expect(state.count == 30)
        state.sweep(now: 600_000)
        #expect(state.count == 0)
    }
}
