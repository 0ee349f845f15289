import Foundation
import VigilEvent
import VigilSigma

/// A known-good case a rule should not alert on: a user, a group, a network, an autonomous system, an app, or
/// several of these together (all must match). Every exception says why it exists and when it stops applying,
/// so none outlives its reason unnoticed.
public struct TuningException: Sendable, Equatable, Decodable {
    /// The rule id or title; `nil` (or `*`) applies to every rule.
    public var rule: String?
    /// An Okta user id or login.
    public var user: String?
    /// An Okta group name or id the user belongs to (or the event targets).
    public var group: String?
    /// An address or CIDR network (`203.0.113.0/24`, `2001:db8::/32`).
    public var ip: String?
    public var asn: Int?
    /// An app instance id, label or name.
    public var app: String?
    public var expires: Timestamp
    public var reason: String

    public init(rule: String? = nil, user: String? = nil, group: String? = nil, ip: String? = nil, asn: Int? = nil,
                app: String? = nil, expires: Timestamp, reason: String) {
        self.rule = rule
        self.user = user
        self.group = group
        self.ip = ip
        self.asn = asn
        self.app = app
        self.expires = expires
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey { case rule, user, group, ip, asn, app, expires, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? {
            try c.decodeIfPresent(String.self, forKey: key).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let expiresText = try c.decode(String.self, forKey: .expires)
        guard let expires = Timestamp(iso8601: expiresText) ?? Timestamp(iso8601: expiresText + "T00:00:00Z") else {
            throw DecodingError.dataCorruptedError(forKey: .expires, in: c, debugDescription: "expected a date (2026-12-31) or an RFC 3339 time")
        }
        let reason = try text(.reason) ?? ""
        guard !reason.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .reason, in: c, debugDescription: "every exception needs a reason")
        }
        self.init(rule: try text(.rule), user: try text(.user), group: try text(.group), ip: try text(.ip),
                  asn: try c.decodeIfPresent(Int.self, forKey: .asn), app: try text(.app), expires: expires, reason: reason)
        if let ip, IPRange(cidr: ip) == nil {
            throw DecodingError.dataCorruptedError(forKey: .ip, in: c, debugDescription: "'\(ip)' is not an IP address or CIDR network")
        }
        guard user != nil || group != nil || ip != nil || asn != nil || app != nil else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                debugDescription: "an exception needs at least one of user, group, ip, asn, app (a rule-wide exception is `enabled: false`)"))
        }
    }

    public func isActive(at now: Timestamp) -> Bool { now < expires }

    /// Whether the exception is for this rule.
    public func applies(ruleId: String, title: String) -> Bool {
        guard let rule, rule != "*" else { return true }
        return rule == ruleId || rule.caseInsensitiveCompare(title) == .orderedSame
    }
}
