import Foundation

extension AWSClient {
    /// Why a client could not be configured from the environment.
    public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Configures a client the way the AWS CLI and SDKs read their environment: credentials from
    /// `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, the region from `AWS_REGION` (or
    /// `AWS_DEFAULT_REGION`) unless given, and an endpoint override from `AWS_ENDPOINT_URL`.
    public static func fromEnvironment(region: String? = nil, _ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AWSClient {
        guard let credentials = AWSCredentials.fromEnvironment(environment) else {
            throw ConfigurationError(description: "AWS credentials are missing: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        }
        guard let region = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"], !region.isEmpty else {
            throw ConfigurationError(description: "the AWS region is missing: set AWS_REGION or configure the integration's region")
        }
        var endpoint: URL?
        if let text = environment["AWS_ENDPOINT_URL"], !text.isEmpty {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ConfigurationError(description: "AWS_ENDPOINT_URL is not an http(s) URL: \(text)")
            }
            endpoint = url
        }
        return AWSClient(credentials: credentials, region: region, endpoint: endpoint)
    }
}
