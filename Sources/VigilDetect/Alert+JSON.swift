import VigilEvent

extension Alert {
    /// The alert as one line of JSON, keys in contract order:
    /// `id, rule{id,title}, severity, title, entity{type,id,alternateId}, events, first_seen, last_seen, tags, why`.
    public var json: String {
        func q(_ s: String) -> String { "\"" + JSONString.escape(s) + "\"" }
        func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ",") + "]" }
        return "{\"id\":\(q(id)),\"rule\":{\"id\":\(q(rule.id)),\"title\":\(q(rule.title))},"
            + "\"severity\":\(q(severity.rawValue)),\"title\":\(q(title)),"
            + "\"entity\":{\"type\":\(q(entity.type)),\"id\":\(q(entity.id)),\"alternateId\":\(entity.alternateId.map(q) ?? "null")},"
            + "\"events\":\(list(events)),\"first_seen\":\(q(firstSeen)),\"last_seen\":\(q(lastSeen)),"
            + "\"tags\":\(list(tags)),\"why\":\(q(why))}"
    }
}
