import VigilEvent
import VigilStore

/// Triage backed by the store's alert lifecycle: status transitions are validated there, and every change, note
/// included, lands in the alert's history.
public struct StoreAlertTriage: AlertTriage {
    let store: EventStore

    public init(store: EventStore) { self.store = store }

    public func states(of alertIds: [String]) async throws -> [String: AlertTriageState] {
        var states: [String: AlertTriageState] = [:]
        for id in alertIds {
            guard let record = try store.alert(id: id) else { continue }
            states[id] = try state(record)
        }
        return states
    }

    public func update(alertId: String, change: AlertChange, actor: String) async throws -> AlertTriageState {
        let status: VigilStore.AlertStatus?
        if let wanted = change.status {
            guard let mapped = VigilStore.AlertStatus(rawValue: wanted.rawValue) else {
                throw WebError.badRequest("status '\(wanted.rawValue)' is not one Vigil records; use one of "
                                          + VigilStore.AlertStatus.allCases.map(\.rawValue).joined(separator: ", "), field: "status")
            }
            status = mapped
        } else {
            status = nil
        }
        let note = change.note.flatMap { $0.isEmpty ? nil : $0 }
        do {
            return try state(store.updateAlert(id: alertId, status: status, assignee: change.assignee, note: note, by: actor))
        } catch AlertUpdateError.notFound {
            throw AlertTriageError.unknownAlert(alertId)
        } catch let error as AlertUpdateError {
            throw WebError(.conflict, "\(error)")
        }
    }

    private func state(_ record: AlertRecord) throws -> AlertTriageState {
        let history = try store.alertHistory(id: record.id)
        return AlertTriageState(
            status: AlertStatus(rawValue: record.status.rawValue) ?? .new,
            assignee: record.assignee,
            notes: history.filter { $0.field == "note" }.map { AlertTriageState.Note(author: $0.actor, at: $0.at, text: $0.to ?? "") },
            history: history.filter { $0.field != "note" }.map {
                AlertTriageState.HistoryEntry(actor: $0.actor, at: $0.at, change: "\($0.field): \($0.from ?? "—") → \($0.to ?? "—")")
            })
    }
}
