extension Dictionary {
    /// The keys whose value passes `test`, each value read in place. State at its cap walks tens of thousands of
    /// values (correlation windows, analytics' items) to pick what to forget: iterating `(key, value)` pairs, or
    /// `values` through a closure, copied every value (retaining each array inside it) to read one field. Reading
    /// through `inout` lends the stored value instead; indexes go by hand, because holding `indices` would keep a
    /// second reference to the storage and make that access copy it.
    public mutating func keys(where test: (inout Value) -> Bool) -> [Key] {
        var found: [Key] = []
        var index = startIndex
        while index != endIndex {
            if test(&values[index]) { found.append(keys[index]) }
            index = self.index(after: index)
        }
        return found
    }

    /// Removes the `count` entries with the oldest `time`s (which of several at the cut-off time go is arbitrary).
    /// State at its cap calls this once per tenth of the cap, so it selects the cut-off among the times alone
    /// (sorting them was a third of its cost), reads them in place (see `keys(where:)`), and removes in place
    /// rather than rebuilding the dictionary.
    public mutating func removeOldest(_ count: Int, time: (inout Value) -> Int64) {
        guard count > 0, !isEmpty else { return }
        var times: [Int64] = []
        times.reserveCapacity(self.count)
        var index = startIndex
        while index != endIndex {
            times.append(time(&values[index]))
            index = self.index(after: index)
        }
        let n = Swift.min(count, self.count)
        let cutoff = times.selectSmallest(n - 1)
        // Everything older than the cut-off goes, and as many at the cut-off as make up `count`.
        var ties = n - times.reduce(0) { $0 + ($1 < cutoff ? 1 : 0) }
        let oldest = keys(where: { value in
            let t = time(&value)
            if t < cutoff { return true }
            guard t == cutoff, ties > 0 else { return false }
            ties -= 1
            return true
        })
        for key in oldest { removeValue(forKey: key) }
    }
}

extension Array where Element == Int64 {
    /// The `k`th smallest element (from 0), found by quickselect: O(n) on average where sorting is O(n log n). The
    /// array is reordered.
    mutating func selectSmallest(_ k: Int) -> Int64 {
        precondition(indices.contains(k), "selectSmallest: \(k) is outside 0..<\(count)")
        return withUnsafeMutableBufferPointer { v in
            var low = 0, high = v.count - 1
            while low < high {
                let pivot = v[low + (high - low) / 2]
                var i = low, j = high
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while v[j] > pivot { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                // Now v[low...j] <= pivot <= v[i...high], and anything between i and j equals the pivot.
                if k <= j { high = j } else if k >= i { low = i } else { return v[k] }
            }
            return v[k]
        }
    }
}
