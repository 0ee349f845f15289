/// `debugContext.debugData.logOnlySecurityData`: Okta's risk and behavior verdicts for events where they are
/// logged but not enforced, written as a JSON object inside a string:
/// `{"risk":{"level":"LOW"},"behaviors":{"New Geo-Location":"NEGATIVE", ...}}`.
public struct OktaLogOnlySecurityData: Sendable, Equatable {
    public var risk: OktaRiskSignal?
    public var behaviors: OktaBehaviors?
    /// The whole object as sent, for keys beyond `risk` and `behaviors`.
    public var object: JSONObject

    public init(object: JSONObject) {
        self.object = object
        risk = object["risk"]?.objectValue.map(OktaRiskSignal.init(object:))
        behaviors = object["behaviors"]?.objectValue.map(OktaBehaviors.init(object:))
    }

    /// Parses the string's JSON (with Vigil's parser, which keeps the behaviors in Okta's order);
    /// `nil` when it is not a JSON object.
    public init?(parsing text: String) {
        guard case .object(let object)? = try? JSONValue(json: Array(text.utf8)) else { return nil }
        self.init(object: object)
    }
}
