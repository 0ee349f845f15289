import Foundation
import VigilEvent

/// The facts about an event that analytics reason with, read from its hot fields.
extension OktaEvent {
    var result: String { string(.outcomeResult)?.uppercased() ?? "" }
    var succeeded: Bool { result == "SUCCESS" || result == "ALLOW" }
    var failed: Bool { result == "FAILURE" || result == "DENY" }

    /// Who the event is about when the actor is a user: the login, lower-cased (the Okta id when there is none).
    var userKey: String? {
        guard let login = string(.actorAlternateId) ?? string(.actorId), !login.isEmpty else { return nil }
        return login.lowercased()
    }

    /// Okta writes `unknown` for the actor of a failed sign-in with a login it does not know.
    var actorIsUnknown: Bool { string(.actorId) == "unknown" || string(.actorType) == nil }

    var ip: String? { string(.clientIP) }

    var actorEntity: Alert.Entity {
        Alert.Entity(type: string(.actorType) ?? "User", id: string(.actorId) ?? "", alternateId: string(.actorAlternateId))
    }

    /// `Berlin, DE`, or the country alone when that is all Okta resolved.
    var placeText: String {
        [string(.city), string(.country)].compactMap { $0 }.joined(separator: ", ")
    }

    /// `AS 14061, DigitalOcean` (as much of it as the event has).
    var networkText: String {
        let asn = string(.asNumber).map { "AS \($0)" }
        return [asn, string(.asOrg) ?? string(.isp)].compactMap { $0 }.joined(separator: ", ")
    }

    /// `203.0.113.9 (AS 14061, DigitalOcean)`.
    var originText: String {
        let network = networkText
        return (ip ?? "an unknown IP") + (network.isEmpty ? "" : " (\(network))")
    }

    /// Browser and OS family, without versions: what a user's "device type" usually means.
    var userAgentFamily: String? {
        let parts = [string(.userAgentBrowser), string(.userAgentOS)].compactMap { $0 }.filter { $0.uppercased() != "UNKNOWN" }
        if !parts.isEmpty { return parts.joined(separator: " on ").lowercased() }
        return string(.userAgent).map { String($0.prefix { $0 != "/" }).lowercased() }
    }

    /// A stable 64-bit FNV-1a hash of a field's first value as written (0 when absent): compares values without
    /// making `String`s, and is stable across processes (unlike `Hasher`), so it survives snapshots.
    func hash(_ field: HotField, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        guard let span = fields.first(field.rawValue), span.end > span.start else { return 0 }
        return withBytes(of: span) { bytes in bytes.reduce(seed) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 } }
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
