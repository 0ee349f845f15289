import Foundation
import Hummingbird

/// JSON bodies written and read the way Okta's API does: ISO 8601 dates with milliseconds, nulls kept.
enum JSONBody {
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }

    /// A 200 (or `status`) response with `value` as JSON and any extra headers (`Link`).
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        raw(encode(value), status: status, headers: headers)
    }

    static func raw(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        raw(ByteBuffer(bytes: bytes), status: status, headers: headers)
    }

    static func raw(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: buffer))
    }

    /// Decodes a request body, answering 400 E0000001 with the decoder's reason when it does not fit.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 1 << 20) async throws -> T {
        let buffer = try await request.body.collect(upTo: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw OktaError.validation("\(key.stringValue): The field cannot be left blank")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw OktaError.validation("\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw OktaError.validation("body: The request body was not well-formed JSON")
        }
    }
}
