import Foundation

/// A failed AWS call, in words an operator can act on: which service and operation, the HTTP status, AWS's error
/// code (`__type` without its namespace) and message, and the request id to quote to AWS support.
public struct AWSError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// AWS answered with an error document.
        case service(code: String, message: String)
        /// No answer: the connection failed or timed out.
        case transport(String)
        /// AWS answered 2xx with a body that is not what the operation returns.
        case invalidResponse(String)
        /// The request was refused before sending (too many entries, too large).
        case invalidRequest(String)
    }

    public var service: String
    public var operation: String
    public var kind: Kind
    /// 0 when no response arrived.
    public var statusCode: Int
    public var requestID: String?

    public init(service: String, operation: String, kind: Kind, statusCode: Int = 0, requestID: String? = nil) {
        self.service = service
        self.operation = operation
        self.kind = kind
        self.statusCode = statusCode
        self.requestID = requestID
    }

    /// AWS's error code (`QueueDoesNotExist`, `ThrottlingException`), nil for errors without a response.
    public var code: String? {
        if case .service(let code, _) = kind { return code }
        return nil
    }

    public var description: String {
        let call = "\(service) \(operation)"
        let request = requestID.map { " (request id \($0))" } ?? ""
        switch kind {
        case .service(let code, let message):
            return "\(call) failed: HTTP \(statusCode) \(code)\(message.isEmpty ? "" : ": \(message)")\(request)"
        case .transport(let reason):
            return "\(call) failed: no response from AWS: \(reason)"
        case .invalidResponse(let reason):
            return "\(call) returned an unreadable response (HTTP \(statusCode)): \(reason)\(request)"
        case .invalidRequest(let reason):
            return "\(call) not sent: \(reason)"
        }
    }

    /// Worth another try: throttling, a server-side failure, or no answer at all.
    public var isRetryable: Bool {
        switch kind {
        case .transport: return true
        case .invalidRequest, .invalidResponse: return false
        case .service(let code, _):
            return statusCode >= 500 || statusCode == 429 || Self.throttlingCodes.contains(code)
        }
    }

    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "RequestTimeout", "RequestTimeoutException", "InternalFailure", "ServiceUnavailable",
    ]

    /// Decodes a JSON-protocol error body: `{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"…"}`. The
    /// type may carry a namespace before `#` and a URI after `:`; SQS also names its legacy code in the
    /// `x-amzn-query-error` header, which is preferred when present because that is the code AWS documents.
    static func decode(body: [UInt8], queryErrorHeader: String?, statusCode: Int) -> (code: String, message: String) {
        struct Document: Decodable {
            var type: String?
            var code: String?
            var message: String?
            var capitalMessage: String?
            enum CodingKeys: String, CodingKey {
                case type = "__type", code, message, capitalMessage = "Message"
            }
        }
        let doc = try? JSONDecoder().decode(Document.self, from: Data(body))
        var code = doc?.type ?? doc?.code ?? ""
        if let hash = code.lastIndex(of: "#") { code = String(code[code.index(after: hash)...]) }
        if let colon = code.firstIndex(of: ":") { code = String(code[..<colon]) }
        if let header = queryErrorHeader, let legacy = header.split(separator: ";").first, !legacy.isEmpty {
            code = String(legacy)
        }
        if code.isEmpty { code = "HTTP\(statusCode)" }
        let message = doc?.message ?? doc?.capitalMessage
            ?? (doc == nil ? String(decoding: body.prefix(300), as: UTF8.self) : "")
        return (code, message)
    }
}
