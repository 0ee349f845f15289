extension Dictionary {
    /// Removes about `count` entries with the oldest `time`s (ties at the cut-off are broken arbitrarily). State at
    /// its cap calls this once per tenth of the cap, so it sorts the times alone rather than the entries, and removes
    /// in place rather than rebuilding the dictionary.
    public mutating func removeOldest(_ count: Int, time: (Value) -> Int64) {
        guard count > 0, !isEmpty else { return }
        let cutoff = values.map(time).sorted()[Swift.min(count, self.count) - 1]
        var oldest: [Key] = []
        oldest.reserveCapacity(count)
        for (key, value) in self where time(value) <= cutoff {
            oldest.append(key)
            if oldest.count == count { break }
        }
        for key in oldest { removeValue(forKey: key) }
    }
}
