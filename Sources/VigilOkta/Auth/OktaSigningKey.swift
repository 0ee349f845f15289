import Foundation
import JWTKit

/// The private key an API Services app signs its client assertions with: PEM (PKCS#1 or PKCS#8) or a private JWK,
/// RSA or EC (P-256, P-384, P-521). Prints redacted.
public struct OktaSigningKey: Sendable, CustomStringConvertible, CustomReflectable {
    enum Material: Sendable {
        case rsa(Insecure.RSA.PrivateKey)
        case p256(ES256PrivateKey), p384(ES384PrivateKey), p521(ES512PrivateKey)
    }

    let material: Material

    /// A PEM private key. RSA keys must be at least 2048 bits, as Okta requires.
    public init(pem: String) throws {
        if let key = try? Insecure.RSA.PrivateKey(pem: pem) { material = .rsa(key); return }
        if let key = try? ES256PrivateKey(pem: pem) { material = .p256(key); return }
        if let key = try? ES384PrivateKey(pem: pem) { material = .p384(key); return }
        if let key = try? ES512PrivateKey(pem: pem) { material = .p521(key); return }
        throw OktaClientError.invalidCredential("the private key is not an RSA (2048 bits or more) or EC (P-256/384/521) PEM private key")
    }

    /// A private JWK (`{"kty":"RSA","n","e","d",…}` or `{"kty":"EC","crv","x","y","d"}`), as Okta's console generates.
    public init(jwk json: String) throws {
        struct Fields: Decodable { var kty: String; var n: String?, e: String?, d: String?, p: String?, q: String?, crv: String? }
        guard let f = try? JSONDecoder().decode(Fields.self, from: Data(json.utf8)), let d = f.d else {
            throw OktaClientError.invalidCredential("the JWK is not JSON with a private part (\"d\")")
        }
        do {
            switch (f.kty, f.crv) {
            case ("RSA", _):
                guard let n = f.n, let e = f.e else { throw OktaClientError.invalidCredential("the RSA JWK lacks \"n\" or \"e\"") }
                if let p = f.p, let q = f.q {
                    material = .rsa(try Insecure.RSA.PrivateKey(modulus: n, exponent: e, privateExponent: d, prime1: p, prime2: q))
                } else {
                    material = .rsa(try Insecure.RSA.PrivateKey(modulus: n, exponent: e, privateExponent: d))
                }
            case ("EC", "P-256"): material = .p256(try ES256PrivateKey(key: d))
            case ("EC", "P-384"): material = .p384(try ES384PrivateKey(key: d))
            case ("EC", "P-521"): material = .p521(try ES512PrivateKey(key: d))
            default: throw OktaClientError.invalidCredential("unsupported JWK key type \(f.kty) \(f.crv ?? "")")
            }
        } catch let error as OktaClientError {
            throw error
        } catch {
            throw OktaClientError.invalidCredential("the JWK's key material is invalid (\(type(of: error)))")
        }
    }

    /// The JWS algorithm Okta will see in the assertion's header.
    public var algorithm: String {
        switch material {
        case .rsa: "RS256"
        case .p256: "ES256"
        case .p384: "ES384"
        case .p521: "ES512"
        }
    }

    /// A key collection that signs with this key under `kid`.
    func keyCollection(kid: String) async -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        let id = JWKIdentifier(string: kid)
        switch material {
        case .rsa(let key): await keys.add(rsa: key, digestAlgorithm: .sha256, kid: id)
        case .p256(let key): await keys.add(ecdsa: key, kid: id)
        case .p384(let key): await keys.add(ecdsa: key, kid: id)
        case .p521(let key): await keys.add(ecdsa: key, kid: id)
        }
        return keys
    }

    public var description: String { "\(algorithm) private key (redacted)" }
    public var customMirror: Mirror { Mirror(self, children: ["key": description]) }
}
