import VigilEvent

/// A readable fixed-width table of events for the terminal.
enum EventTable {
    static func render(_ events: [OktaEvent]) -> String {
        let header = ["PUBLISHED", "EVENT TYPE", "OUTCOME", "ACTOR", "IP", "MESSAGE"]
        let rows = events.map { e in
            [e.published.iso8601, e.eventType, e.string(.outcomeResult) ?? "", e.string(.actorAlternateId) ?? "",
             e.string(.clientIP) ?? "", e.string(.displayMessage) ?? ""]
        }
        let limits = [24, 44, 9, 32, 39, 60]
        let widths = header.indices.map { i in min(limits[i], ([header] + rows).map { $0[i].count }.max() ?? 0) }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let cut = cell.count > widths[i] ? String(cell.prefix(widths[i] - 1)) + "…" : cell
                return i == cells.count - 1 ? cut : cut.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
