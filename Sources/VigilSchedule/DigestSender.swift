/// What sends the hourly digest once the hourly analysis has saved what it found (the notifier, in `vigil serve`).
public protocol DigestSender: Sendable {
    /// Sends the digests due now or within `ahead` seconds; how many alerts went out.
    func sendDigest(ahead seconds: Double) async -> Int
}
