import Testing
@testable import VigilSigma

@Suite struct EvictionTests {
    /// Exactly `count` go, all of them older than (or as old as) everything that stays, ties included.
    @Test func removeOldestTakesExactlyTheOldest() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let size = Int.random(in: 1...300, using: &generator)
            // Few distinct times in some trials, so the cut-off is often shared by several entries.
            let spread = trial % 2 == 0 ? 5 : 1_000_000
            var table: [Int: Int64] = [:]
            for key in 0..<size { table[key] = Int64.random(in: 0..<Int64(spread), using: &generator) }
            let count = Int.random(in: 1...size + 5, using: &generator)
            var left = table
            left.removeOldest(count) { $0 }
            #expect(left.count == max(0, size - count))
            let removed = table.filter { left[$0.key] == nil }
            if let newestRemoved = removed.values.max(), let oldestKept = left.values.min() {
                #expect(newestRemoved <= oldestKept)
            }
        }
    }

    @Test func selectSmallestAgreesWithSorting() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 1...200, using: &generator)).map { _ in Int64.random(in: -50...50, using: &generator) }
            let k = Int.random(in: 0..<values.count, using: &generator)
            var reordered = values
            #expect(reordered.selectSmallest(k) == values.sorted()[k])
            #expect(reordered.sorted() == values.sorted())
        }
    }

    @Test func keysWhereReadsEveryValue() {
        var table = Dictionary(uniqueKeysWithValues: (0..<100).map { ($0, [$0]) })
        let even = table.keys(where: { $0[0] % 2 == 0 })
        #expect(Set(even) == Set(stride(from: 0, to: 100, by: 2)))
        #expect(table.count == 100)
    }
}
