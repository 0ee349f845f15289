import CIntrinsics

extension OktaEvent {
    /// Asks the CPU to load this event's bytes and field index into its cache, for an event about to be evaluated.
    ///
    /// Detection runs over batches decoded (and stored) before, so each event it reaches has left the cache: its
    /// rules and analytics then wait on memory at each field they read. Issued one event ahead, the loads overlap
    /// with the evaluation of the event before.
    ///
    /// Through a pointer: called on `events[i]`, even of a buffer, Swift first copied the whole event (a retain and
    /// release of each of its buffers) to prefetch it.
    @inlinable
    public static func prefetch(_ event: UnsafePointer<OktaEvent>) {
        event.pointee.raw.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        event.pointee.fields.prefetch()
    }
}

extension FieldValues {
    @inlinable
    func prefetch() {
        storage.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
    }
}
