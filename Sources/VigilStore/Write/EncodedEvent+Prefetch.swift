import CIntrinsics
import Foundation

extension EncodedEvent {
    /// Asks the CPU to load what the writer binds of this event: the writer takes batches that another thread
    /// encoded, on the other core, so each event's buffers reach it from memory (see `OktaEvent.prefetch`, and
    /// there why through a pointer).
    static func prefetch(_ event: UnsafePointer<EncodedEvent>) {
        event.pointee.raw.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        event.pointee.key.bytes.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        event.pointee.searchText.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        // Sessions are the terms long enough to live outside the string itself.
        _ = event.pointee.session?.utf8.withContiguousStorageIfAvailable { vigil_prefetch($0.baseAddress, $0.count) }
        _ = event.pointee.rootSession?.utf8.withContiguousStorageIfAvailable { vigil_prefetch($0.baseAddress, $0.count) }
    }
}
