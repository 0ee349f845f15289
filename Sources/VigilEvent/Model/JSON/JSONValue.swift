/// Any JSON value, kept so that it can be written back as it came: numbers keep their exact text, objects keep
/// their key order (and any duplicate keys).
///
/// Used for the parts of an event Okta leaves free-form (`debugData`, `detailEntry`, `transaction.detail`,
/// `changeDetails`) and for the keys a model type does not know.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}
