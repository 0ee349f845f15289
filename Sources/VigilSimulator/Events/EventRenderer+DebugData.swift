/// `debugContext.debugData`: free-form in Okta, but detections read `behaviors`, `risk`, `dtHash` and
/// `threatSuspected` from it, so the simulator writes them the way Okta does (strings, Java-map style).
extension EventRenderer {
    mutating func debugData(_ e: LogEventDraft) {
        writer.raw("{")
        if e.kind.eventType == EventKind.sessionStart.eventType || e.kind.eventType == EventKind.verify.eventType {
            writer.raw("\"authnRequestId\":\"")
            requestIdTail(e.requestEntropy)
            writer.raw("\",")
        }
        if let behaviors = e.behaviors {
            writer.member("\"behaviors\":", behaviors == .familiar ? Behaviors.familiarText : behaviors.text)
            writer.raw(",")
        }
        if let origin = e.origin {
            if let fingerprint = origin.fingerprint {
                writer.member("\"deviceFingerprint\":", fingerprint)
                writer.raw(",")
            }
            if let dtHash = origin.dtHash {
                writer.member("\"dtHash\":", dtHash)
                writer.raw(",")
            }
        }
        if let risk = e.risk, let behaviors = e.behaviors {
            // Okta repeats risk and behaviours as an escaped JSON document in logOnlySecurityData.
            writer.raw("\"logOnlySecurityData\":\"{\\\"risk\\\":{\\\"level\\\":\\\"")
            writer.text(risk)
            writer.raw("\\\"},\\\"behaviors\\\":{")
            behaviorMember("\\\"New Geo-Location\\\":", behaviors.newGeoLocation)
            behaviorMember(",\\\"New Device\\\":", behaviors.newDevice)
            behaviorMember(",\\\"New IP\\\":", behaviors.newIP)
            behaviorMember(",\\\"New State\\\":", behaviors.newState)
            behaviorMember(",\\\"New Country\\\":", behaviors.newCountry)
            behaviorMember(",\\\"Velocity\\\":", behaviors.velocity)
            behaviorMember(",\\\"New City\\\":", behaviors.newCity)
            writer.raw("}}\"")
            writer.raw(",")
        }
        if e.origin != nil {
            writer.member("\"origin\":", orgURL)
            writer.raw(",")
        }
        for (k, v) in e.debugExtra {
            writer.string(k)
            writer.member(":", v)
            writer.raw(",")
        }
        writer.raw("\"requestId\":\"")
        requestId(e.requestEntropy)
        writer.member("\",\"requestUri\":", e.kind.requestUri)
        if let risk = e.risk {
            writer.raw(",\"risk\":\"{level=")
            writer.text(risk)
            writer.raw("}\"")
        }
        if let threat = e.threatSuspected {
            writer.raw(",\"threatSuspected\":")
            writer.raw(threat ? "\"true\"" : "\"false\"")
        }
        writer.member(",\"url\":", e.kind.requestUri + "?")
        writer.raw("}")
    }

    /// One behaviour inside the escaped `logOnlySecurityData` document.
    private mutating func behaviorMember(_ key: StaticString, _ positive: Bool) {
        writer.raw(key)
        positive ? writer.raw("\\\"POSITIVE\\\"") : writer.raw("\\\"NEGATIVE\\\"")
    }

    /// The authentication request started a moment before this request: a different id, derived so it stays
    /// deterministic without another draw.
    private mutating func requestIdTail(_ e: (UInt64, UInt64, UInt64)) {
        requestId((e.2 &* 0x9E37_79B9_7F4A_7C15, e.0 ^ e.2, e.1 &+ 1))
    }
}
