/// A record inside a wrapper (a hook delivery's event, an EventBridge envelope's `detail`, an SQS message),
/// scanned where it stands during the wrapper's scan. Spans in `values` are relative to `start`; a malformed
/// record carries its syntax error (offset relative to `start`) instead.
struct NestedRecord: Sendable {
    let start: Int
    let end: Int
    let values: Result<FieldValues, JSONSyntaxError>
}

extension [NestedRecord] {
    /// The record that starts at `start` (the list is in document order).
    func record(startingAt start: Int) -> NestedRecord? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low].start == start ? self[low] : nil
    }
}
