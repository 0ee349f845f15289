import Foundation
import Hummingbird
import VigilStore

/// One authorized request to a Vigil route: the request, who sent it, its body and parameters.
struct WebCall: Sendable {
    var request: Request
    var context: WebRequestContext
    var identity: WebIdentity
    var body: ByteBuffer

    var query: FormData { FormData(encoded: request.uri.query ?? "") }

    /// Form fields of a urlencoded body.
    var form: FormData { FormData(encoded: String(buffer: body)) }

    /// A path parameter (always present: the router matched it).
    func parameter(_ name: String) throws -> String {
        guard let value = context.parameters.get(name) else { throw WebError.badRequest("missing path parameter '\(name)'") }
        return value.removingPercentEncoding ?? value
    }

    /// The body decoded as JSON, with a message naming what is wrong when it does not decode.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        guard body.readableBytes > 0 else { throw WebError.badRequest("the request needs a JSON body") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw WebError.badRequest("missing field '\(key.stringValue)'", field: key.stringValue)
        } catch let DecodingError.typeMismatch(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw WebError.badRequest("field '\(field)' has the wrong type: \(context.debugDescription)", field: field)
        } catch let DecodingError.dataCorrupted(context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw WebError.badRequest("the body is not valid JSON" + (field.isEmpty ? "" : " at '\(field)'") + ": \(context.debugDescription)")
        }
    }

    /// Records a state-changing action in the audit log.
    func audit(_ store: EventStore, _ action: String, target: String, detail: String? = nil) throws {
        try store.recordAudit(AuditEntry(actor: identity.username, action: action, target: target, detail: detail))
    }
}

