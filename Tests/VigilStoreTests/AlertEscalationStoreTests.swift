import Testing
import VigilEvent
@testable import VigilStore

/// What saving tells about severity rises, and evidence already held under another id.
@Suite struct AlertEscalationStoreTests {
    @Test func aGroupedAlertThatRaisesTheSeverityIsAnEscalationOnce() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.save(alerts: [AlertStoreTests.alert("a1", severity: 3, minute: 0)])
        let rise = try store.save(alerts: [AlertStoreTests.alert("a2", severity: 4, minute: 5)])
        #expect(rise.outcomes == [.init(incomingId: "a2", alertId: "a1", kind: .updated, escalatedFrom: 3)])
        #expect(rise.escalations.map(\.alertId) == ["a1"])
        // More evidence at the same severity, or a lower one: no escalation.
        let more = try store.save(alerts: [AlertStoreTests.alert("a3", severity: 4, minute: 6), AlertStoreTests.alert("a4", severity: 2, minute: 7)])
        #expect(more.escalations.isEmpty && more.updated == ["a1"])
        // The same id raised: an escalation too.
        let same = try store.save(alerts: [AlertStoreTests.alert("b1", rule: "r2", severity: 2, minute: 0, events: [10])])
        #expect(same.escalations.isEmpty)
        let raised = try store.save(alerts: [AlertStoreTests.alert("b1", rule: "r2", severity: 3, minute: 0, events: [10])])
        #expect(raised.outcomes == [.init(incomingId: "b1", alertId: "b1", kind: .updated, escalatedFrom: 2)])
    }

    @Test func evidenceAlreadyHeldUnderAnotherIdChangesNothingEvenAfterTheAlertIsClosed() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.save(alerts: [AlertStoreTests.alert("a1", minute: 0, events: [1, 2])])
        try store.save(alerts: [AlertStoreTests.alert("a2", minute: 1, events: [3])])
        // Re-evaluation finds a2 again: nothing new, though grouping put it into a1.
        #expect(try store.save(alerts: [AlertStoreTests.alert("a2", minute: 1, events: [3])]).outcomes
                == [.init(incomingId: "a2", alertId: "a1", kind: .unchanged)])
        try store.updateAlert(id: "a1", status: .resolved, by: "ana")
        // Closed since: finding its evidence again opens no new alert; new evidence does.
        #expect(try store.save(alerts: [AlertStoreTests.alert("a2", minute: 1, events: [3])]).outcomes.map(\.kind) == [.unchanged])
        #expect(try store.save(alerts: [AlertStoreTests.alert("a5", minute: 2, events: [3, 4])]).opened == ["a5"])
        // The same event seen as evidence about someone else (its target, say) is that entity's own alert.
        #expect(try store.save(alerts: [AlertStoreTests.alert("c1", user: 2, minute: 1, events: [3])]).opened == ["c1"])
        #expect(try store.alerts(AlertQuery()).alerts.count == 3)
    }
}
