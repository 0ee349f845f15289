import Foundation

/// Slows password guessing without letting anyone lock a user out.
///
/// Failures are counted per (username, client address) and per client address. After a few free failures, each
/// further attempt from that key must wait, the wait doubling per failure up to a cap. Nothing is keyed by the
/// username alone, so someone guessing a user's password delays only their own address: the user signing in from
/// theirs is unaffected, and a success clears that pair. The per-address cap is short, so a noisy neighbour
/// behind the same NAT slows others there by at most a minute. Counts live in memory and are forgotten an hour
/// after the last failure (a restart forgets them too; bcrypt still makes every guess slow).
final class LoginThrottle: @unchecked Sendable {
    struct Policy: Sendable {
        var freePerPair = 5
        var maximumPairDelay = 15.0 * 60
        var freePerAddress = 30
        var maximumAddressDelay = 60.0
        var forgetAfter = 60.0 * 60
        /// Bounds memory under a flood of made-up usernames.
        var maximumKeys = 50_000
    }

    private struct Record {
        var failures: Int
        var last: Double
    }

    let policy: Policy
    /// Seconds since 1970, the time the web routes pass in; tests set their own, so that a slow machine cannot
    /// outlast a one-second wait between two requests.
    let clock: @Sendable () -> Double
    private let lock = NSLock()
    private var records: [String: Record] = [:]

    init(policy: Policy = Policy(), clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.policy = policy
        self.clock = clock
    }

    /// Seconds to wait before `username` may be tried again from `address`, or nil if it may be tried now.
    func wait(username: String, address: String, now: Double) -> Double? {
        lock.withLock {
            [remaining(Self.pair(username, address), free: policy.freePerPair, cap: policy.maximumPairDelay, now),
             remaining(Self.address(address), free: policy.freePerAddress, cap: policy.maximumAddressDelay, now)]
                .compactMap { $0 }.max()
        }
    }

    func recordFailure(username: String, address: String, now: Double) {
        lock.withLock {
            for key in [Self.pair(username, address), Self.address(address)] {
                var record = records[key].flatMap { now - $0.last < policy.forgetAfter ? $0 : nil } ?? Record(failures: 0, last: now)
                record.failures += 1
                record.last = now
                records[key] = record
            }
            if records.count > policy.maximumKeys { evict(now) }
        }
    }

    /// A right password clears its pair; the address keeps its count, so one good account does not buy an
    /// address unlimited guesses at others.
    func recordSuccess(username: String, address: String) {
        _ = lock.withLock { records.removeValue(forKey: Self.pair(username, address)) }
    }

    /// How many (username, address) and address counts are held.
    var keyCount: Int { lock.withLock { records.count } }

    private func remaining(_ key: String, free: Int, cap: Double, _ now: Double) -> Double? {
        guard let record = records[key], now - record.last < policy.forgetAfter, record.failures >= free else { return nil }
        let delay = min(cap, pow(2, Double(record.failures - free)))
        let left = record.last + delay - now
        return left > 0 ? left : nil
    }

    /// Forgets stale keys, then, if still over the bound, the least recently failed half.
    private func evict(_ now: Double) {
        records = records.filter { now - $0.value.last < policy.forgetAfter }
        guard records.count > policy.maximumKeys else { return }
        let keep = records.sorted { $0.value.last > $1.value.last }.prefix(policy.maximumKeys / 2)
        records = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
    }

    private static func pair(_ username: String, _ address: String) -> String { "u:\(address)|\(username.lowercased())" }
    private static func address(_ address: String) -> String { "a:\(address)" }
}
