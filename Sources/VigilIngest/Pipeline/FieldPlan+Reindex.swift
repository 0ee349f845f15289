import VigilEvent

extension FieldPlan {
    /// `events` as this plan indexes them. Rules read fields by their slot in the plan they were compiled with, so
    /// an event a source read with another plan is scanned again; events already read with it are kept as they are.
    func reindexed(_ events: [OktaEvent]) throws -> [OktaEvent] {
        try events.map { event in
            event.fields.slotCount == slotCount ? event : try OktaEvent(raw: event.raw, plan: self)
        }
    }
}
