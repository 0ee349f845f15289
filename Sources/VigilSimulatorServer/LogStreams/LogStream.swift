/// A log stream as the Log Streams API reads and writes it (type `aws_eventbridge`).
struct LogStream: Sendable, Codable {
    struct Settings: Sendable, Codable {
        var accountId: String
        var region: String
        var eventSourceName: String
    }

    var id: String?
    var type: String
    var name: String
    var status: String?
    var created: String?
    var lastUpdated: String?
    var settings: Settings

    /// The regions Okta offers for EventBridge (the spec's `AwsRegion`).
    static let regions: Set<String> = [
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
        "ca-central-1", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1",
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    ]

    /// Checks a definition as the API does, with a cause per problem.
    static func validate(_ stream: LogStream) throws(OktaError) {
        var causes: [String] = []
        if stream.type != "aws_eventbridge" { causes.append("type: only aws_eventbridge is simulated") }
        if stream.name.isEmpty { causes.append("name: The field cannot be left blank") }
        let account = stream.settings.accountId
        if account.count != 12 || !account.allSatisfy(\.isNumber) { causes.append("settings.accountId: must be 12 digits") }
        if !regions.contains(stream.settings.region) { causes.append("settings.region: not a supported AWS region") }
        let source = stream.settings.eventSourceName
        if !(1...75).contains(source.count) || !source.allSatisfy({ $0.isLetter || $0.isNumber || ".-_".contains($0) }) || !source.allSatisfy(\.isASCII) {
            causes.append("settings.eventSourceName: 1 to 75 characters of a-z, A-Z, 0-9, '.', '-', '_'")
        }
        guard causes.isEmpty else { throw OktaError(.badRequest, "E0000001", "Api validation failed: logStream", causes: causes) }
    }

    func publicView(baseURL: String) -> LinkedResource<LogStream> {
        let href = "\(baseURL)/api/v1/logStreams/\(id ?? "")"
        let lifecycle = status == "ACTIVE" ? "deactivate" : "activate"
        return LinkedResource(resource: self, links: ["self": Link(href: href), lifecycle: Link(href: "\(href)/lifecycle/\(lifecycle)")])
    }
}

/// Any resource with `_links` appended.
struct LinkedResource<Resource: Encodable & Sendable>: Encodable, Sendable {
    let resource: Resource
    let links: [String: Link]

    func encode(to encoder: any Encoder) throws {
        try resource.encode(to: encoder)
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(links, forKey: AnyKey("_links"))
    }
}
