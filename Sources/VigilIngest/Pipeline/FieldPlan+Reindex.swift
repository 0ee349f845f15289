import VigilEvent

extension FieldPlan {
    /// `events` as this plan indexes them. Rules read fields by their slot in the plan they were compiled with, so
    /// an event a source read with another plan is scanned again; events already read with it are kept as they are.
    func reindexed(_ events: [OktaEvent]) throws -> [OktaEvent] {
        // The sources read with this plan already: mapping anyway copied every event (five retains and releases).
        if events.allSatisfy({ $0.fields.slotCount == slotCount }) { return events }
        return try events.map { event in
            event.fields.slotCount == slotCount ? event : try OktaEvent(raw: event.raw, plan: self)
        }
    }
}
