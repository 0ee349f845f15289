/// An app instance in the org (`0oa…`).
public struct OrgApp: Sendable {
    public let id: String
    public let template: AppTemplate
    public var label: String { template.label }
}
