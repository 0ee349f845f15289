import Foundation
import VigilEvent
import Yams

/// The analytics' parameters: every analytic on, with the defaults documented in `docs/analytics.md`, unless a
/// YAML file says otherwise. Keys are snake_case, one section per analytic:
///
/// ```yaml
/// impossible_travel:
///   max_speed_kmh: 900
/// first_seen:
///   enabled: false
/// ```
public struct AnalyticsConfiguration: Codable, Sendable {
    public var impossibleTravel = ImpossibleTravel.Configuration()
    public var firstSeen = FirstSeen.Configuration()
    public var sessionHijack = SessionHijack.Configuration()
    public var pushFatigue = PushFatigue.Configuration()
    public var passwordSpray = PasswordSpray.Configuration()
    public var bruteForce = BruteForce.Configuration()
    public var credentialStuffing = CredentialStuffing.Configuration()
    public var successAfterAttack = SuccessAfterAttack.Configuration()
    public var factorNotReactivated = FactorNotReactivated.Configuration()
    public var sharedDevice = SharedDevice.Configuration()

    public init() {}

    /// The enabled analytics, reading events scanned with `plan` (the rule set's).
    public func analytics(plan: FieldPlan) -> [any Analytic] {
        var out: [any Analytic] = []
        if impossibleTravel.enabled { out.append(ImpossibleTravel(impossibleTravel)) }
        if firstSeen.enabled { out.append(FirstSeen(firstSeen)) }
        if sessionHijack.enabled { out.append(SessionHijack(sessionHijack)) }
        if pushFatigue.enabled { out.append(PushFatigue(pushFatigue)) }
        if passwordSpray.enabled { out.append(PasswordSpray(passwordSpray)) }
        if bruteForce.enabled { out.append(BruteForce(bruteForce)) }
        if credentialStuffing.enabled { out.append(CredentialStuffing(credentialStuffing)) }
        if successAfterAttack.enabled { out.append(SuccessAfterAttack(successAfterAttack)) }
        if factorNotReactivated.enabled { out.append(FactorNotReactivated(factorNotReactivated, plan: plan)) }
        if sharedDevice.enabled { out.append(SharedDevice(sharedDevice, plan: plan)) }
        return out
    }

    /// No analytics at all (rules and correlations only).
    public static var none: AnalyticsConfiguration {
        try! AnalyticsConfiguration(yaml: Self().sections.keys.sorted().map { "\($0): {enabled: false}" }.joined(separator: "\n"))
    }

    /// Reads YAML over the defaults: what the file leaves out keeps its default; an unknown section or parameter,
    /// or a value of the wrong type, is an error naming it.
    public init(yaml: String) throws {
        let overrides: Any?
        do {
            overrides = try Yams.load(yaml: yaml)
        } catch {
            throw AnalyticsConfigurationError(problem: "invalid YAML: \(error)")
        }
        var merged = Self().sections
        if let overrides {
            guard let map = overrides as? [String: Any] else {
                throw AnalyticsConfigurationError(problem: "the file must be a mapping of analytic names to parameters")
            }
            for (name, value) in map {
                guard var section = merged[name] else {
                    throw AnalyticsConfigurationError(problem: "unknown analytic '\(name)' (known: \(merged.keys.sorted().joined(separator: ", ")))")
                }
                guard let parameters = value as? [String: Any] else {
                    throw AnalyticsConfigurationError(problem: "'\(name)' must be a mapping of parameters")
                }
                for (key, v) in parameters {
                    guard section[key] != nil else {
                        throw AnalyticsConfigurationError(problem: "'\(name)' has no parameter '\(key)' (known: \(section.keys.sorted().joined(separator: ", ")))")
                    }
                    section[key] = v
                }
                merged[name] = section
            }
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: merged)
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            self = try decoder.decode(Self.self, from: data)
        } catch let DecodingError.typeMismatch(type, context) {
            let path = context.codingPath.map { Self.snakeCase($0.stringValue) }.joined(separator: ".")
            let kind = type == Bool.self ? "true or false" : type == String.self ? "text" : type is [String].Type ? "a list" : "a number"
            throw AnalyticsConfigurationError(problem: "'\(path)' must be \(kind)")
        }
    }

    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw AnalyticsConfigurationError(problem: "cannot read \(url.path): \(error.localizedDescription)")
        }
        do { try self.init(yaml: text) } catch let e as AnalyticsConfigurationError {
            throw AnalyticsConfigurationError(problem: "\(url.path): \(e.problem)")
        }
    }

    /// `maxSpeedKmh` → `max_speed_kmh`, as the file spells it.
    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { out, c in out += c.isUppercase ? "_" + c.lowercased() : String(c) }
    }

    /// Section name → parameter → value, as snake_case JSON values.
    var sections: [String: [String: Any]] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try! encoder.encode(self)
        return try! JSONSerialization.jsonObject(with: data) as! [String: [String: Any]]
    }
}

/// A problem in an analytics configuration file.
public struct AnalyticsConfigurationError: Error, Sendable, CustomStringConvertible {
    public var problem: String
    public var description: String { problem }
}
