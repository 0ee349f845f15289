import Crypto
import Foundation

/// AWS Signature Version 4 with header authentication: the request gets `x-amz-date`, optionally
/// `x-amz-content-sha256`, `x-amz-security-token` for temporary credentials, and an `Authorization` header.
///
/// Signing is a pure function of the request, the credentials and the time, so it is tested against AWS's
/// published example values.
public struct SigV4Signer: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    /// The signing name of the service (`sqs`, `events`), which is also the credential scope's service.
    public var service: String
    /// Adds the `x-amz-content-sha256` header (S3 requires it; other services accept it).
    public var addsContentSHA256Header: Bool

    public init(credentials: AWSCredentials, region: String, service: String, addsContentSHA256Header: Bool = true) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.addsContentSHA256Header = addsContentSHA256Header
    }

    /// What signing produced, kept apart so tests can check each step against published values.
    public struct Signature: Sendable {
        /// Headers to add to the request (including `Authorization`), in addition to those that were signed.
        public var headers: [(name: String, value: String)]
        public var canonicalRequest: String
        public var stringToSign: String
        public var signature: String
    }

    /// Signs a request. `headers` are those the request will carry (`host` is added from the URL when absent);
    /// every one of them is signed. `url` must be absolute.
    public func sign(method: String, url: URL, headers: [(name: String, value: String)], body: [UInt8], date: Date) -> Signature {
        let amzDate = Self.amzDate(date)
        let day = String(amzDate.prefix(8))
        let payloadHash = SHA256.hash(data: body).hex
        var added: [(name: String, value: String)] = [("x-amz-date", amzDate)]
        if addsContentSHA256Header { added.append(("x-amz-content-sha256", payloadHash)) }
        if let token = credentials.sessionToken { added.append(("x-amz-security-token", token)) }
        var signed = headers + added
        if !signed.contains(where: { $0.name.lowercased() == "host" }), let host = Self.hostHeader(url) {
            signed.append(("host", host))
        }
        let canonical = Self.canonicalRequest(method: method, url: url, headers: signed, payloadHash: payloadHash)
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = "AWS4-HMAC-SHA256\n\(amzDate)\n\(scope)\n\(SHA256.hash(data: Array(canonical.request.utf8)).hex)"
        let key = Self.signingKey(secret: credentials.secretAccessKey, day: day, region: region, service: service)
        let signature = HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key).hex
        let authorization = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
        return Signature(headers: added + [("Authorization", authorization)], canonicalRequest: canonical.request,
                         stringToSign: stringToSign, signature: signature)
    }

    /// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request").
    public static func signingKey(secret: String, day: String, region: String, service: String) -> SymmetricKey {
        var key = SymmetricKey(data: Array("AWS4\(secret)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key))
        }
        return key
    }

    /// `YYYYMMDD'T'HHMMSS'Z'` in UTC.
    public static func amzDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ v: Int?, _ width: Int) -> String {
            let s = String(v ?? 0)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))T\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))Z"
    }

    /// The Host header for a URL: the port only when it is not the scheme's default.
    static func hostHeader(_ url: URL) -> String? {
        guard let host = url.host else { return nil }
        guard let port = url.port else { return host }
        let isDefault = (url.scheme == "https" && port == 443) || (url.scheme == "http" && port == 80)
        return isDefault ? host : "\(host):\(port)"
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal, as SigV4 writes hashes and signatures.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in self { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
