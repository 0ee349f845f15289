import Foundation

/// Buffered NDJSON to a file descriptor: generating a million events must not cost a million write calls.
struct NDJSONOutput {
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    private let flushAt: Int

    init(_ handle: FileHandle = .standardOutput, flushAt: Int = 1 << 20) {
        self.handle = handle
        self.flushAt = flushAt
        buffer.reserveCapacity(flushAt + 8192)
    }

    /// Appends one JSON document and a newline.
    mutating func write(_ json: [UInt8]) {
        buffer.append(contentsOf: json)
        buffer.append(0x0A)
        if buffer.count >= flushAt { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
