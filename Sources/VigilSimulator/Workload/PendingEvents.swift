/// A min-heap of events that are decided but not yet written, ordered by time and then by the order they were
/// scheduled, so that interleaved sign-ins of many users come out in `published` order and ties stay
/// deterministic.
struct PendingEvents {
    struct Entry {
        let at: Int64
        let sequence: UInt64
        let make: (inout EventFactory) -> [UInt8]
    }

    private var heap: [Entry] = []
    private var scheduled: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var earliest: Int64? { heap.first?.at }

    mutating func schedule(at: Int64, _ make: @escaping (inout EventFactory) -> [UInt8]) {
        heap.append(Entry(at: at, sequence: scheduled, make: make))
        scheduled += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popEarliest() -> Entry? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, precedes(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, precedes(heap[right], heap[smallest]) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }

    private func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.at != b.at ? a.at < b.at : a.sequence < b.sequence
    }
}
