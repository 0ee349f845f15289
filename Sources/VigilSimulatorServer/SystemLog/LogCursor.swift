import VigilEvent

/// The opaque `after` of System Log pages: a persistence sequence for polling, or the (published, sequence) of
/// the last event served for a bounded query. Written as `<published millis>_<sequence>`.
struct LogCursor: Sendable, Equatable {
    let publishedMillis: Int64
    let sequence: Int64

    init(publishedMillis: Int64, sequence: Int64) {
        self.publishedMillis = publishedMillis
        self.sequence = sequence
    }

    init?(_ text: String) {
        let parts = text.split(separator: "_")
        guard parts.count == 2, let p = Int64(parts[0]), let s = Int64(parts[1]), s >= 0 else { return nil }
        self.init(publishedMillis: p, sequence: s)
    }

    var text: String { "\(publishedMillis)_\(sequence)" }
}
