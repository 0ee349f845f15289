import Hummingbird
import HTTPTypes
import NIOCore
import VigilIngest

extension Router {
    /// Okta Event Hooks: `GET /hooks/okta/{integrationId}` answers the one-time verification, `POST` takes
    /// deliveries. Both require the integration's auth header; an unknown or removed integration gets 404. Generic
    /// over the router's context, so a router with its own context (the web UI's) can mount them.
    public func addHookRoutes(receiver: HookReceiver) {
        get("hooks/okta/:integrationId") { request, context -> Response in
            let id = try context.parameters.require("integrationId")
            if let refusal = Self.refusal(request, id, receiver) { return refusal }
            return Self.response(receiver.verify(challenge: request.headers[HTTPField.Name("x-okta-verification-challenge")!]))
        }
        post("hooks/okta/:integrationId") { request, context -> Response in
            let id = try context.parameters.require("integrationId")
            if let refusal = Self.refusal(request, id, receiver) { return refusal }
            let tooLarge = HookReply(status: 413, body: #"{"error":"the delivery is larger than \#(receiver.maxBodyBytes) bytes"}"#)
            if let length = request.headers[.contentLength].flatMap(Int.init), length > receiver.maxBodyBytes {
                receiver.recordRefusal(id, "refused a delivery of \(length) bytes (limit \(receiver.maxBodyBytes))")
                return Self.response(tooLarge)
            }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: receiver.maxBodyBytes)
            } catch is NIOTooManyBytesError {
                receiver.recordRefusal(id, "refused a delivery larger than \(receiver.maxBodyBytes) bytes")
                return Self.response(tooLarge)
            }
            return Self.response(await receiver.deliver(Array(body.readableBytesView), to: id))
        }
    }

    /// 404 for an integration without open hooks, 401 for a wrong or missing auth header; nil when authorized.
    private static func refusal(_ request: Request, _ id: String, _ receiver: HookReceiver) -> Response? {
        guard let endpoint = receiver.endpoint(id), let header = HTTPField.Name(endpoint.authHeader) else {
            return response(HookReply(status: 404, body: #"{"error":"no Event Hook integration with this id"}"#))
        }
        guard endpoint.authorizes(request.headers[header]) else {
            receiver.recordRefusal(id, "refused a request without the right \(endpoint.authHeader) header")
            return response(HookReply(status: 401, body: #"{"error":"missing or wrong \#(endpoint.authHeader) header"}"#))
        }
        return nil
    }

    static func response(_ reply: HookReply) -> Response {
        Response(status: HTTPResponse.Status(code: reply.status), headers: [.contentType: "application/json"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body)))
    }
}
