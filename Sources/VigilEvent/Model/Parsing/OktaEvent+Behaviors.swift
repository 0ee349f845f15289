extension OktaEvent {
    /// The behavior verdicts in `debugContext.debugData.behaviors`, if the event has them.
    public var behaviors: OktaBehaviors? {
        stringEncoded(.behaviors, text: OktaBehaviors.init(parsing:), object: OktaBehaviors.init(object:))
    }

    /// The risk verdict in `debugContext.debugData.risk`, if the event has one.
    public var riskSignal: OktaRiskSignal? {
        stringEncoded(.risk, text: OktaRiskSignal.init(parsing:), object: OktaRiskSignal.init(object:))
    }

    /// `debugContext.debugData.logOnlySecurityData`, if present and a JSON object.
    public var logOnlySecurityData: OktaLogOnlySecurityData? {
        stringEncoded(.logOnlySecurityData, text: OktaLogOnlySecurityData.init(parsing:), object: OktaLogOnlySecurityData.init(object:))
    }

    /// A debugData value Okta writes as text, or, should a source send it structured, as an object.
    private func stringEncoded<T>(_ field: HotField, text: (String) -> T?, object: (JSONObject) -> T) -> T? {
        guard let span = fields.first(field.rawValue) else { return nil }
        if span.kind == .object {
            // The span covers the whole object, which the event's scan validated.
            return JSONValue(validatedJSON: Array(raw[Int(span.start)..<Int(span.end)])).objectValue.map(object)
        }
        return self.text(span).flatMap(text)
    }
}
