import VigilEvent

/// How the inbox writes one batch: a header (magic, payload length, CRC-32C of the payload) and a payload with
/// the integration, the path and each event's raw JSON, length-prefixed (raw JSON may hold newlines).
///
/// The raw bytes are what the pipeline stores, so a replayed batch is the batch that was acknowledged, byte for byte.
enum InboxRecord {
    static let magic: [UInt8] = Array("VIB1".utf8)
    static let headerSize = 12

    static func encode(_ batch: IngestBatch) -> [UInt8] {
        var payload: [UInt8] = []
        payload.reserveCapacity(batch.events.reduce(64) { $0 + 4 + $1.raw.count })
        appendString(batch.integrationID, to: &payload)
        appendString(batch.path.rawValue, to: &payload)
        appendUInt32(UInt32(batch.events.count), to: &payload)
        for event in batch.events {
            appendUInt32(UInt32(event.raw.count), to: &payload)
            payload += event.raw
        }
        var record = magic
        record.reserveCapacity(headerSize + payload.count)
        appendUInt32(UInt32(payload.count), to: &record)
        appendUInt32(CRC32C.checksum(payload), to: &record)
        return record + payload
    }

    /// What a segment file holds: its whole records, and where and why any could not be read.
    struct Contents {
        var batches: [IngestBatch] = []
        var problems: [String] = []
    }

    /// Reads records until the end of `bytes`. A damaged record is skipped (its length is known); reading stops at
    /// one a crash cut short, which was never acknowledged.
    static func decode(_ bytes: [UInt8], plan: FieldPlan) -> Contents {
        var contents = Contents()
        var offset = 0
        while offset < bytes.count {
            let start = offset
            do {
                contents.batches.append(try decodeRecord(bytes, at: &offset, plan: plan))
            } catch {
                contents.problems.append("byte \(start): \(error.reason)")
                if offset == start { break }
            }
        }
        return contents
    }

    private static func decodeRecord(_ bytes: [UInt8], at offset: inout Int, plan: FieldPlan) throws(InvalidEvent) -> IngestBatch {
        guard bytes.count - offset >= headerSize else { throw InvalidEvent(reason: "an incomplete record header (the write was cut short)") }
        guard Array(bytes[offset..<offset + 4]) == magic else { throw InvalidEvent(reason: "not the start of a record") }
        var cursor = offset + 4
        let length = Int(readUInt32(bytes, &cursor)), checksum = readUInt32(bytes, &cursor)
        guard bytes.count - cursor >= length else {
            throw InvalidEvent(reason: "an incomplete record (\(bytes.count - cursor) of \(length) bytes; the write was cut short)")
        }
        let end = cursor + length
        // From here the record's extent is known: whatever is wrong inside it, reading goes on after it.
        offset = end
        guard bytes[cursor..<end].withUnsafeBytes({ CRC32C.checksum($0) }) == checksum else {
            throw InvalidEvent(reason: "a record whose checksum does not match (damaged)")
        }
        let integrationID = try readString(bytes, &cursor, end: end)
        guard let path = IngestPath(rawValue: try readString(bytes, &cursor, end: end)) else { throw InvalidEvent(reason: "a record with an unknown path") }
        guard end - cursor >= 4 else { throw InvalidEvent(reason: "a record without its event count") }
        let count = Int(readUInt32(bytes, &cursor))
        var events: [OktaEvent] = []
        events.reserveCapacity(count)
        for index in 0..<count {
            guard end - cursor >= 4 else { throw InvalidEvent(reason: "a record that ends before its event \(index)") }
            let size = Int(readUInt32(bytes, &cursor))
            guard end - cursor >= size else { throw InvalidEvent(reason: "a record that ends inside its event \(index)") }
            do {
                events.append(try OktaEvent(raw: Array(bytes[cursor..<cursor + size]), plan: plan))
            } catch {
                throw InvalidEvent(reason: "event \(index) of a record: \(error.reason)")
            }
            cursor += size
        }
        return IngestBatch(integrationID: integrationID, path: path, events: events)
    }

    private static func appendUInt32(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func appendString(_ string: String, to bytes: inout [UInt8]) {
        appendUInt32(UInt32(string.utf8.count), to: &bytes)
        bytes += string.utf8
    }

    private static func readUInt32(_ bytes: [UInt8], _ cursor: inout Int) -> UInt32 {
        defer { cursor += 4 }
        return UInt32(bytes[cursor]) | UInt32(bytes[cursor + 1]) << 8 | UInt32(bytes[cursor + 2]) << 16 | UInt32(bytes[cursor + 3]) << 24
    }

    private static func readString(_ bytes: [UInt8], _ cursor: inout Int, end: Int) throws(InvalidEvent) -> String {
        guard end - cursor >= 4 else { throw InvalidEvent(reason: "a record that ends inside its header fields") }
        let length = Int(readUInt32(bytes, &cursor))
        guard end - cursor >= length else { throw InvalidEvent(reason: "a record that ends inside its header fields") }
        defer { cursor += length }
        return String(decoding: bytes[cursor..<cursor + length], as: UTF8.self)
    }
}
