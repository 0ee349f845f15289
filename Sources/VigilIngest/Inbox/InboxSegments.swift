import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The inbox's files: numbered segments in one directory, the newest appended to. A segment is deleted once every
/// record in it has reached the store, so the directory holds only what is still on its way.
struct InboxSegments {
    let directory: URL
    /// A segment takes no more appends past this size.
    let segmentBytes: Int
    private var current: (number: Int, fd: Int32, size: Int)?
    private var nextNumber: Int
    /// Per segment, its records not yet in the store.
    private var outstanding: [Int: Int] = [:]

    init(directory: URL, segmentBytes: Int) throws {
        self.directory = directory
        self.segmentBytes = segmentBytes
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw InboxError.io("cannot create the inbox directory \(directory.path): \(error.localizedDescription)")
        }
        nextNumber = 1
        // Kept copies of damaged segments count too: a new segment must never reuse their number, or its own
        // copy, should it be damaged as well, could not be kept beside theirs.
        nextNumber = (try names().compactMap(Self.number).max() ?? 0) + 1
    }

    /// The segments an earlier run left, oldest first.
    func leftovers() throws -> [(number: Int, url: URL)] {
        try names().compactMap { name in
            guard name.hasSuffix(".vib"), let number = Self.number(name) else { return nil }
            return (number, url(number))
        }.sorted { $0.number < $1.number }
    }

    private func names() throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw InboxError.io("cannot list the inbox directory \(directory.path): \(error.localizedDescription)")
        }
    }

    /// The segment number in a segment file's name (`segment-000000000012.vib`, or a kept `….vib.damaged`).
    private static func number(_ name: String) -> Int? {
        guard name.hasPrefix("segment-") else { return nil }
        return Int(name.dropFirst(8).prefix { $0.isNumber })
    }

    /// Counts an earlier run's segment among those to delete once its `records` are in the store.
    mutating func adopt(_ number: Int, records: Int) {
        outstanding[number] = records
        if records == 0 { remove(number) }
    }

    /// Writes the records at the end of the newest segment and waits until they are on disk. Returns the segment.
    mutating func append(_ records: [[UInt8]]) throws -> Int {
        if current.map({ $0.size >= segmentBytes }) ?? true { try startSegment() }
        guard let segment = current else { throw InboxError.io("no inbox segment is open") }
        var written = 0
        do {
            for record in records {
                try record.withUnsafeBytes { try writeAll(segment.fd, $0) }
                written += record.count
            }
            guard fdatasync(segment.fd) == 0 else { throw InboxError.io("fdatasync of the inbox failed: \(String(cString: strerror(errno)))") }
        } catch {
            // A torn record in the middle of a segment would hide the records after it from a replay: cut it off,
            // and let the next append start a new segment.
            _ = ftruncate(segment.fd, off_t(segment.size))
            seal()
            throw error
        }
        current?.size += written
        outstanding[segment.number, default: 0] += records.count
        return segment.number
    }

    /// `records` of `segment` are in the store; a segment with none left is deleted.
    mutating func settle(_ segment: Int, records: Int) {
        let left = (outstanding[segment] ?? records) - records
        outstanding[segment] = left
        guard left <= 0 else { return }
        if current?.number == segment {
            // The newest segment is kept for appends until it is worth replacing.
            guard let size = current?.size, size >= min(segmentBytes, 1 << 20) else { return }
            seal()
        } else {
            remove(segment)
        }
    }

    /// Closes the newest segment (deleted if nothing in it is still on its way).
    mutating func seal() {
        guard let segment = current else { return }
        close(segment.fd)
        current = nil
        if outstanding[segment.number, default: 0] <= 0 { remove(segment.number) }
    }

    private mutating func startSegment() throws {
        seal()
        let number = nextNumber
        nextNumber += 1
        let fd = open(url(number).path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw InboxError.io("cannot create inbox segment \(url(number).path): \(String(cString: strerror(errno)))") }
        // The new file's name must survive a crash too, or its records would.
        let dir = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            _ = fsync(dir)
            close(dir)
        }
        current = (number, fd, 0)
        outstanding[number] = 0
    }

    private mutating func remove(_ number: Int) {
        outstanding[number] = nil
        unlink(url(number).path)
    }

    private func url(_ number: Int) -> URL {
        directory.appendingPathComponent("segment-" + String(repeating: "0", count: max(0, 12 - String(number).count)) + String(number) + ".vib")
    }

    private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw InboxError.io("writing to the inbox failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }
}

/// Why the inbox could not take or keep a batch.
public enum InboxError: Error, CustomStringConvertible {
    case io(String)
    case stopped

    public var description: String {
        switch self {
        case .io(let message): message
        case .stopped: "the inbox is shutting down"
        }
    }
}
