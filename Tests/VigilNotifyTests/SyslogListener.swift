import NIOCore
import NIOPosix
import Synchronization

/// A syslog receiver on 127.0.0.1: over TCP it splits octet-counted frames (RFC 6587), over UDP it takes each
/// datagram as one message. Built on NIO's async channels.
final class SyslogListener: Sendable {
    let port: Int
    private let messages = Collected()
    private let task: Task<Void, any Error>

    init(udp: Bool) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let collected = messages
        if udp {
            let channel = try await DatagramBootstrap(group: group).bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(wrappingChannelSynchronously: channel)
                }
            }
            port = channel.channel.localAddress?.port ?? 0
            task = Task {
                try await channel.executeThenClose { inbound, _ in
                    for try await envelope in inbound { collected.add([String(buffer: envelope.data)]) }
                }
            }
        } else {
            let server = try await ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
            port = server.channel.localAddress?.port ?? 0
            task = Task {
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        var bytes: [UInt8] = []
                        try? await connection.executeThenClose { inbound, _ in
                            for try await buffer in inbound { bytes += Array(buffer: buffer) }
                        }
                        let frames = Self.frames(bytes)
                        collected.add(frames)
                    }
                }
            }
        }
    }

    var received: [String] { messages.lines.withLock { $0 } }

    func stop() { task.cancel() }

    /// Splits `LEN SP MSG LEN SP MSG ...`; a malformed frame ends the split (and shows up as a missing message).
    static func frames(_ bytes: [UInt8]) -> [String] {
        var out: [String] = [], i = 0
        while i < bytes.count, let space = bytes[i...].firstIndex(of: UInt8(ascii: " ")),
              let length = Int(String(decoding: bytes[i..<space], as: UTF8.self)), space + 1 + length <= bytes.count {
            out.append(String(decoding: bytes[(space + 1)..<(space + 1 + length)], as: UTF8.self))
            i = space + 1 + length
        }
        return out
    }
}

/// Messages received so far, shared between the listener's task and the test.
final class Collected: Sendable {
    let lines = Mutex<[String]>([])
    func add(_ new: [String]) { lines.withLock { $0 += new } }
}
