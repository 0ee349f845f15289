/// The nested objects of a LogEvent.
extension EventRenderer {
    mutating func actor(_ a: EventActor, detailEntry: [(String, String)],
                        changeDetails: (from: [(String, String)], to: [(String, String)])? = nil) {
        writer.member("{\"id\":", a.id)
        writer.member(",\"type\":", a.type)
        writer.member(",\"alternateId\":", a.alternateId)
        writer.member(",\"displayName\":", a.displayName)
        writer.raw(",\"detailEntry\":")
        pairs(detailEntry)
        if let changeDetails {
            writer.raw(",\"changeDetails\":{\"from\":")
            pairs(changeDetails.from)
            writer.raw(",\"to\":")
            pairs(changeDetails.to)
            writer.raw("}")
        }
        writer.raw("}")
    }

    /// A flat object of string values, or null when empty.
    mutating func pairs(_ items: [(String, String)]) {
        guard !items.isEmpty else { return writer.raw("null") }
        writer.raw("{")
        for (i, (k, v)) in items.enumerated() {
            if i > 0 { writer.raw(",") }
            writer.string(k)
            writer.member(":", v)
        }
        writer.raw("}")
    }

    mutating func client(_ e: LogEventDraft) {
        guard let o = e.origin else {
            writer.member("{\"userAgent\":null,\"zone\":null,\"device\":null,\"id\":", orNull: e.clientId)
            return writer.raw(",\"ipAddress\":null,\"geographicalContext\":null}")
        }
        writer.member("{\"userAgent\":{\"rawUserAgent\":", o.userAgent.raw)
        writer.member(",\"os\":", o.userAgent.os)
        writer.member(",\"browser\":", o.userAgent.browser)
        writer.member("},\"zone\":", o.zone)
        writer.member(",\"device\":", o.userAgent.device)
        writer.member(",\"id\":", orNull: e.clientId)
        writer.member(",\"ipAddress\":", o.place.ip)
        writer.raw(",\"geographicalContext\":")
        geographicalContext(o.place.city)
        writer.raw("}")
    }

    mutating func geographicalContext(_ c: City) {
        writer.member("{\"city\":", c.name)
        writer.member(",\"state\":", c.state)
        writer.member(",\"country\":", c.country)
        writer.member(",\"postalCode\":", c.postalCode)
        writer.raw(",\"geolocation\":{\"lat\":")
        writer.decimal(c.lat)
        writer.raw(",\"lon\":")
        writer.decimal(c.lon)
        writer.raw("}}")
    }

    mutating func device(_ d: OrgDevice?) {
        guard let d else { return writer.raw("null") }
        writer.member("{\"id\":", d.id)
        writer.member(",\"name\":", d.name)
        writer.member(",\"os_platform\":", d.userAgent.platform)
        writer.member(",\"os_version\":", d.userAgent.osVersion)
        writer.raw(",\"managed\":")
        writer.bool(d.managed)
        writer.raw(",\"registered\":")
        writer.bool(d.registered)
        writer.member(",\"device_integrator\":null,\"disk_encryption_type\":", d.userAgent.device == "Mobile" ? "USER" : "ALL_INTERNAL_VOLUMES")
        writer.raw(",\"screen_lock_type\":\"BIOMETRIC\",\"jailbreak\":")
        d.userAgent.device == "Mobile" ? writer.raw("false") : writer.raw("null")
        writer.raw(",\"secure_hardware_present\":true}")
    }

    mutating func authenticationContext(_ e: LogEventDraft) {
        writer.member("{\"authenticationProvider\":", orNull: e.authenticationProvider)
        writer.member(",\"credentialProvider\":", orNull: e.credentialProvider)
        writer.member(",\"credentialType\":", orNull: e.credentialType)
        writer.member(",\"issuer\":null,\"interface\":", orNull: e.interface)
        writer.raw(",\"authenticationStep\":0")
        if let session = e.sessionId {
            writer.member(",\"rootSessionId\":", session)
            writer.member(",\"externalSessionId\":", session)
        } else {
            writer.raw(",\"externalSessionId\":\"unknown\"")
        }
        writer.raw("}")
    }

    mutating func securityContext(_ p: Place?) {
        guard let p else {
            return writer.raw("{\"asNumber\":null,\"asOrg\":null,\"isp\":null,\"domain\":null,\"isProxy\":null}")
        }
        writer.raw("{\"asNumber\":")
        writer.int(p.network.asNumber)
        writer.member(",\"asOrg\":", p.network.asOrg)
        writer.member(",\"isp\":", p.network.isp)
        writer.member(",\"domain\":", p.network.domain)
        writer.raw(",\"isProxy\":")
        writer.bool(p.network.isProxy)
        writer.raw("}")
    }

    mutating func ipChain(_ p: Place?) {
        guard let p else { return writer.raw("[]") }
        writer.member("[{\"ip\":", p.ip)
        writer.raw(",\"geographicalContext\":")
        geographicalContext(p.city)
        writer.raw(",\"version\":\"V4\",\"source\":null}]")
    }
}
