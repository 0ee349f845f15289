import CPrefetch

extension OktaEvent {
    /// Asks the CPU to load this event's bytes and field index into its cache, for an event about to be evaluated.
    ///
    /// Detection runs over batches decoded (and stored) before, so each event it reaches has left the cache: its
    /// rules and analytics then wait on memory at each field they read. Issued one event ahead, the loads overlap
    /// with the evaluation of the event before.
    @inlinable
    public func prefetch() {
        raw.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        fields.prefetch()
    }
}

extension FieldValues {
    @inlinable
    func prefetch() {
        spans.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
        links.withUnsafeBytes { vigil_prefetch($0.baseAddress, $0.count) }
    }
}
