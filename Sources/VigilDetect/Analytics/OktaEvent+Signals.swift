import Foundation
import VigilEvent

/// The facts about an event that analytics reason with, read from its hot fields.
extension OktaEvent {
    var result: String { string(.outcomeResult)?.uppercased() ?? "" }
    var succeeded: Bool { result(is: "SUCCESS", or: "ALLOW") }
    var failed: Bool { result(is: "FAILURE", or: "DENY") }

    /// Whether `result`, upper-cased, is `a` or `b` (upper-case ASCII). Every analytic asks, for most events: plain
    /// ASCII values are compared in place, without making strings; others go through `result`.
    private func result(is a: StaticString, or b: StaticString) -> Bool {
        guard let span = fields.first(HotField.outcomeResult.rawValue) else { return false }
        let ascii: Bool? = withBytes(of: span) { bytes in
            guard !span.escaped, span.kind == .string, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func equals(_ word: StaticString) -> Bool {
                word.utf8CodeUnitCount == bytes.count
                    && zip(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), bytes)
                        .allSatisfy { $0 == ((0x61...0x7A).contains($1) ? $1 - 0x20 : $1) }
            }
            return equals(a) || equals(b)
        }
        if let ascii { return ascii }
        let result = result
        return result == a.description || result == b.description
    }

    /// Who the event is about when the actor is a user: the login, lower-cased (the Okta id when there is none).
    var userKey: String? {
        guard let login = string(.actorAlternateId) ?? string(.actorId), !login.isEmpty else { return nil }
        // Most logins are lower-case ASCII already: checked in place, which spares a second string each time one of
        // the analytics asks (several do, for every sign-in).
        return login.utf8.contains(where: { $0 &- 0x41 < 26 || $0 >= 0x80 }) ? login.lowercased() : login
    }

    /// Okta writes `unknown` for the actor of a failed sign-in with a login it does not know.
    var actorIsUnknown: Bool { string(.actorId) == "unknown" || string(.actorType) == nil }

    var ip: String? { string(.clientIP) }

    var actorEntity: Alert.Entity {
        Alert.Entity(type: string(.actorType) ?? "User", id: string(.actorId) ?? "", alternateId: string(.actorAlternateId))
    }

    /// `Berlin, DE`, or the country alone when that is all Okta resolved.
    var placeText: String {
        // Not sized up front: most places fit in a small (inline) string.
        var text = ""
        appendPlace(to: &text)
        return text
    }

    /// `AS 14061, DigitalOcean` (as much of it as the event has).
    var networkText: String { Self.text(capacity: 32) { Self.append(network: network, to: &$0) } }

    /// `203.0.113.9 (AS 14061, DigitalOcean)`.
    var originText: String { Self.text(capacity: 64) { self.appendOrigin(to: &$0) } }

    // Appended into one string rather than joined and interpolated from parts, which made about six strings for
    // each origin: several of these run for every sign-in.

    func appendPlace(to text: inout String) {
        let city = string(.city), country = string(.country)
        if let city { text += city }
        if city != nil && country != nil { text += ", " }
        if let country { text += country }
    }

    func appendOrigin(to text: inout String) {
        text += ip ?? "an unknown IP"
        let network = network
        guard network.asn != nil || !(network.org ?? "").isEmpty else { return }
        text += " ("
        Self.append(network: network, to: &text)
        text += ")"
    }

    private var network: (asn: String?, org: String?) { (string(.asNumber), string(.asOrg) ?? string(.isp)) }

    private static func append(network: (asn: String?, org: String?), to text: inout String) {
        if let asn = network.asn {
            text += "AS "
            text += asn
            if network.org != nil { text += ", " }
        }
        if let org = network.org { text += org }
    }

    private static func text(capacity: Int, _ build: (inout String) -> Void) -> String {
        var text = ""
        text.reserveCapacity(capacity)
        build(&text)
        return text
    }

    /// Browser and OS family, without versions: what a user's "device type" usually means.
    var userAgentFamily: String? {
        func known(_ field: HotField) -> String? { string(field).flatMap { $0.uppercased() == "UNKNOWN" ? nil : $0 } }
        if let browser = known(.userAgentBrowser) {
            return (known(.userAgentOS).map { browser + " on " + $0 } ?? browser).lowercased()
        }
        if let os = known(.userAgentOS) { return os.lowercased() }
        return string(.userAgent).map { String($0.prefix { $0 != "/" }).lowercased() }
    }

    /// The first `n` characters of a field's first value (as `string(field)?.prefix(n)`), read straight from the
    /// bytes when they are plain ASCII without CR (then a character is a byte; CR LF would be one character).
    func prefix(_ field: HotField, characters n: Int) -> String? {
        guard let span = fields.first(field.rawValue) else { return nil }
        if span.kind == .string, !span.escaped, let plain = withBytes(of: span, { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(n)), as: UTF8.self)
        }) {
            return plain
        }
        return string(field).map { String($0.prefix(n)) }
    }

    /// A `StableHash` of a field's first value as written (0 when absent): compares values without making
    /// `String`s, and survives snapshots.
    func hash(_ field: HotField, seed: UInt64 = 0) -> UInt64 {
        guard let span = fields.first(field.rawValue), span.end > span.start else { return 0 }
        return withBytes(of: span) { StableHash.hash($0, seed: seed) }
    }

    /// Whether the user agent is a script or HTTP library rather than a browser or Okta Verify.
    var hasScriptedUserAgent: Bool {
        guard let ua = string(.userAgent)?.lowercased() else { return false }
        return Self.scriptedAgents.contains { ua.hasPrefix($0) || ua.contains(" " + $0) }
    }

    static let scriptedAgents = ["python-requests", "python-urllib", "curl/", "wget/", "go-http-client", "okhttp", "java/",
                                 "libwww-perl", "powershell", "axios/", "node-fetch", "aiohttp", "httpx", "scrapy", "postmanruntime"]

    /// Every target of an Okta type, as (id, alternateId), read from the target objects.
    func targets(ofType type: String, plan: FieldPlan) -> [Alert.Entity] {
        guard let slot = plan.slot(for: Alert.targetPath) else { return [] }
        return fields.values(slot).compactMap { span -> Alert.Entity? in
            guard span.kind == .object else { return nil }
            let entity = Alert.entity(.target(type), self, targetSlot: slot, span: span)
            return entity.type.lowercased() == type.lowercased() ? entity : nil
        }
    }

    /// The first target user, or the actor.
    func subjectUser(plan: FieldPlan) -> Alert.Entity {
        targets(ofType: "User", plan: plan).first ?? actorEntity
    }
}
