extension LogDebugContext {
    /// `debugData.behaviors`, parsed (see `OktaEvent.behaviors`).
    public var behaviors: OktaBehaviors? {
        signal("behaviors", text: OktaBehaviors.init(parsing:), object: OktaBehaviors.init(object:))
    }

    /// `debugData.risk`, parsed (see `OktaEvent.riskSignal`).
    public var riskSignal: OktaRiskSignal? {
        signal("risk", text: OktaRiskSignal.init(parsing:), object: OktaRiskSignal.init(object:))
    }

    /// `debugData.logOnlySecurityData`, parsed.
    public var logOnlySecurityData: OktaLogOnlySecurityData? {
        signal("logOnlySecurityData", text: OktaLogOnlySecurityData.init(parsing:), object: OktaLogOnlySecurityData.init(object:))
    }

    private func signal<T>(_ key: String, text: (String) -> T?, object: (JSONObject) -> T) -> T? {
        switch debugData?[key] {
        case .string(let s)?: text(s)
        case .object(let o)?: object(o)
        default: nil
        }
    }
}
