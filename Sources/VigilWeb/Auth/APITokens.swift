import VigilStore

/// REST API tokens: random, `vgl_`-prefixed, shown once and stored only as a hash.
public enum APITokens {
    /// Issues a token for `account`; returns its id and the token, which cannot be read back later.
    public static func issue(in store: EventStore, for account: Account, name: String) throws -> (id: Int64, token: String) {
        let token = SecretToken.generate(prefix: "vgl_")
        return (try store.createAPIToken(accountId: account.id, name: name, tokenHash: SecretToken.hash(token)), token)
    }
}
