import AsyncHTTPClient
import Logging
import VigilStore

extension Notifier {
    /// A notifier for the configured channels. Without a `client`, it makes one of its own and shuts it down when
    /// `run()` returns.
    public convenience init(configuration: NotificationConfig, store: EventStore, client: HTTPClient? = nil,
                            logger: Logger = Logger(label: "vigil.notify")) {
        let owned = client == nil ? HTTPClient(eventLoopGroupProvider: .singleton) : nil
        self.init(routes: configuration.channels.map {
                      Route(channel: $0.makeChannel(uiBaseURL: configuration.uiBaseURL, client: client ?? owned!), routing: $0.routing)
                  },
                  store: store, retry: configuration.retry, queueCapacity: configuration.queueCapacity, logger: logger, owning: owned)
    }
}

extension ChannelConfig {
    /// The channel this configuration describes (validated when decoded).
    public func makeChannel(uiBaseURL: String?, client: HTTPClient = .shared) -> any NotificationChannel {
        switch kind {
        case .webhook:
            WebhookChannel(name: name, url: url!, key: secret, client: client, timeout: timeout.seconds)
        case .slack:
            SlackChannel(name: name, url: url!, uiBaseURL: uiBaseURL, client: client, timeout: timeout.seconds)
        case .syslog:
            SyslogChannel(name: name, host: host!, port: port!, transport: transport, facility: facility, hostname: hostname,
                          timeout: timeout.seconds)
        }
    }
}
