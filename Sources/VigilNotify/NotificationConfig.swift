import Foundation
import VigilDetect
import VigilSigma

/// The `notifications:` section of Vigil's configuration file (docs/notifications.md).
public struct NotificationConfig: Sendable, Decodable {
    /// Vigil's UI, for links from messages to alerts (`<ui_base_url>/alerts/<id>`).
    public var uiBaseURL: String?
    /// Immediate deliveries waiting per channel; past this, new ones are dropped (and counted), so a channel that
    /// is down never holds up detection or the other channels.
    public var queueCapacity: Int
    public var retry: RetryPolicy
    public var channels: [ChannelConfig]

    public init(uiBaseURL: String? = nil, queueCapacity: Int = 1000, retry: RetryPolicy = RetryPolicy(), channels: [ChannelConfig] = []) {
        self.uiBaseURL = uiBaseURL
        self.queueCapacity = max(1, queueCapacity)
        self.retry = retry
        self.channels = channels
    }

    enum CodingKeys: String, CodingKey { case uiBaseURL = "ui_base_url", queueCapacity = "queue_capacity", retry, channels }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(uiBaseURL: try c.decodeIfPresent(String.self, forKey: .uiBaseURL),
                  queueCapacity: try c.decodeIfPresent(Int.self, forKey: .queueCapacity) ?? 1000,
                  retry: try c.decodeIfPresent(RetryPolicy.self, forKey: .retry) ?? RetryPolicy(),
                  channels: try c.decodeIfPresent([ChannelConfig].self, forKey: .channels) ?? [])
        var names = Set<String>()
        for channel in channels where !names.insert(channel.name).inserted {
            throw DecodingError.dataCorruptedError(forKey: .channels, in: c, debugDescription: "two channels are named '\(channel.name)'")
        }
    }

    /// The `notifications:` section of a whole configuration file (no channels when it is absent).
    public init(yaml: String) throws(ConfigurationError) {
        self = try ConfigurationFile.section("notifications", of: yaml) ?? NotificationConfig()
    }
}

/// One channel: where it sends, and which severities go out at once or in its digest.
public struct ChannelConfig: Sendable, Decodable {
    public enum Kind: String, Sendable, Decodable { case webhook, slack, syslog }

    public var name: String
    public var kind: Kind
    /// Webhook and Slack: the URL (a secret: Slack's URL is its credential).
    public var url: Secret?
    /// Webhook: the HMAC-SHA256 key requests are signed with.
    public var secret: Secret?
    /// Syslog: where the SIEM listens, and how.
    public var host: String?
    public var port: Int?
    public var transport: SyslogTransport
    public var facility: Int
    public var hostname: String?
    public var routing: ChannelRouting
    /// Seconds one attempt may take.
    public var timeout: TuningDuration

    enum CodingKeys: String, CodingKey {
        case name, kind = "type", url, secret, host, port, transport, facility, hostname, immediate, digest
        case digestInterval = "digest_interval", timeout
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind)
        url = try c.decodeIfPresent(Secret.self, forKey: .url)
        secret = try c.decodeIfPresent(Secret.self, forKey: .secret)
        host = try c.decodeIfPresent(String.self, forKey: .host)
        port = try c.decodeIfPresent(Int.self, forKey: .port)
        transport = try c.decodeIfPresent(SyslogTransport.self, forKey: .transport) ?? .tcp
        facility = try c.decodeIfPresent(Int.self, forKey: .facility) ?? 10
        hostname = try c.decodeIfPresent(String.self, forKey: .hostname)
        let defaults = ChannelRouting()
        routing = ChannelRouting(immediate: Set(try c.decodeIfPresent([SigmaLevel].self, forKey: .immediate) ?? Array(defaults.immediate)),
                                 digest: Set(try c.decodeIfPresent([SigmaLevel].self, forKey: .digest) ?? Array(defaults.digest)),
                                 digestInterval: try c.decodeIfPresent(TuningDuration.self, forKey: .digestInterval) ?? defaults.digestInterval)
        timeout = try c.decodeIfPresent(TuningDuration.self, forKey: .timeout) ?? TuningDuration(seconds: 10)
        switch kind {
        case .webhook, .slack:
            guard let url else { throw DecodingError.keyNotFound(CodingKeys.url, .init(codingPath: c.codingPath, debugDescription: "\(kind) channel needs a url")) }
            // The message names no part of the URL: it is a secret.
            guard let parsed = URL(string: url.value), ["http", "https"].contains(parsed.scheme?.lowercased()), parsed.host != nil else {
                throw DecodingError.dataCorruptedError(forKey: .url, in: c, debugDescription: "not an http(s) URL")
            }
        case .syslog:
            guard host != nil, let port, (1...65535).contains(port) else {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "syslog channel '\(name)' needs host and port (1-65535)"))
            }
            guard (0...23).contains(facility) else {
                throw DecodingError.dataCorruptedError(forKey: .facility, in: c, debugDescription: "facility must be 0-23")
            }
        }
    }
}

/// Which alerts a channel gets at once and which wait for its digest. By default high and critical alerts go out
/// at once and the rest in an hourly digest.
public struct ChannelRouting: Sendable, Equatable {
    public var immediate: Set<SigmaLevel>
    public var digest: Set<SigmaLevel>
    public var digestInterval: TuningDuration

    public init(immediate: Set<SigmaLevel> = [.high, .critical], digest: Set<SigmaLevel> = [.informational, .low, .medium],
                digestInterval: TuningDuration = TuningDuration(seconds: 3600)) {
        self.immediate = immediate
        self.digest = digest.subtracting(immediate)
        self.digestInterval = digestInterval
    }
}
