import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on 127.0.0.1 whose every answer comes from a test's script, standing in for an Okta org in
/// tests of the Okta client and the poller (the simulator is the faithful org; this one is for exact sequences:
/// a 429 here, a 500 there, a given `Link` header). Hummingbird sets the `Date` header itself, so a script cannot
/// fake the org's clock.
public enum ScriptedOktaServer {
    public typealias Handler = @Sendable (ScriptedRequest) async -> ScriptedResponse

    /// Starts a server answering with `handler`, runs `body` with its base URL (`http://127.0.0.1:PORT`), then
    /// stops the server.
    public static func with<T: Sendable>(_ handler: @escaping Handler, _ body: (URL) async throws -> T) async throws -> T {
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            // HTTP/1's Host arrives as the request's authority.
            var headers: [String: String] = ["host": request.head.authority ?? ""]
            for field in request.headers {
                let name = field.name.canonicalName
                headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
            }
            let buffer = try await request.body.collect(upTo: 16 << 20)
            let scripted = await handler(ScriptedRequest(
                method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
                headers: headers, body: Array(buffer.readableBytesView)))
            var fields = HTTPFields()
            for (name, value) in scripted.headers {
                if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
            }
            return Response(status: .init(code: scripted.status), headers: fields,
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: scripted.body)))
        }
        var logger = Logger(label: "scripted-okta")
        // Stopping the server at the end of a test logs cancellations as errors; they are not.
        logger.logLevel = .critical
        let app = Application(responder: responder, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in
                                  portSink.yield(channel.localAddress?.port ?? 0)
                                  portSink.finish()
                              }, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw CancellationError() }
            do {
                let result = try await body(URL(string: "http://127.0.0.1:\(port)")!)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
