import NIOCore
import NIOPosix

/// How syslog messages travel: TCP with octet-counting framing (reliable, ordered; a failure is seen and retried)
/// or UDP datagrams, one message each (fire and forget, as SIEMs commonly accept).
public enum SyslogTransport: String, Sendable, Decodable {
    case tcp, udp

    /// Sends the messages over one connection (TCP) or socket (UDP).
    func send(_ messages: [String], host: String, port: Int, timeout: TimeAmount) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        switch self {
        case .tcp:
            let channel: any Channel
            do {
                channel = try await ClientBootstrap(group: group).connectTimeout(timeout).connect(host: host, port: port).get()
            } catch {
                throw DeliveryError("cannot connect to syslog at \(host):\(port): \(error)", retryable: true)
            }
            var buffer = channel.allocator.buffer(capacity: messages.reduce(0) { $0 + $1.utf8.count + 8 })
            for message in messages { buffer.writeBytes(SyslogMessage.octetCounted(message)) }
            do {
                try await channel.writeAndFlush(buffer).get()
                try await channel.close().get()
            } catch {
                channel.close(promise: nil)
                throw DeliveryError("syslog write to \(host):\(port) failed: \(error)", retryable: true)
            }
        case .udp:
            let address: SocketAddress
            do {
                address = try SocketAddress.makeAddressResolvingHost(host, port: port)
            } catch {
                throw DeliveryError("cannot resolve syslog host \(host): \(error)", retryable: true)
            }
            let bindHost = address.protocol == .inet6 ? "::" : "0.0.0.0"
            let channel = try await DatagramBootstrap(group: group).bind(host: bindHost, port: 0).get()
            defer { channel.close(promise: nil) }
            for message in messages {
                let envelope = AddressedEnvelope(remoteAddress: address, data: channel.allocator.buffer(string: message))
                do {
                    try await channel.writeAndFlush(envelope).get()
                } catch {
                    throw DeliveryError("syslog datagram to \(host):\(port) failed: \(error)", retryable: true)
                }
            }
        }
    }
}
