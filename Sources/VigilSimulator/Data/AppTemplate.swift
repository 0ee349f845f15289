/// An application an org connects to Okta, before the org gives it an id.
public struct AppTemplate: Sendable {
    /// How users sign in to it: decides which events an SSO produces (SAML assertions vs OAuth 2.0 grants).
    public enum SignOn: String, Sendable {
        case saml = "SAML_2_0"
        case oidc = "OPENID_CONNECT"
        case bookmark = "BOOKMARK"
        case okta = "OKTA"
    }

    public let label: String
    /// Okta's catalog key (`app.name`).
    public let appName: String
    public let signOn: SignOn
    /// Relative share of SSO traffic the app gets in a typical workforce org.
    public let popularity: Double

    /// The applications of the simulated org. The first two are Okta's own and always present.
    public static let catalog: [AppTemplate] = [
        AppTemplate(label: "Okta Dashboard", appName: "okta_enduser", signOn: .okta, popularity: 0),
        AppTemplate(label: "Okta Admin Console", appName: "saasure", signOn: .okta, popularity: 0),
        AppTemplate(label: "Salesforce.com", appName: "salesforce", signOn: .saml, popularity: 8),
        AppTemplate(label: "Slack", appName: "slack", signOn: .saml, popularity: 20),
        AppTemplate(label: "Google Workspace", appName: "google", signOn: .saml, popularity: 18),
        AppTemplate(label: "AWS IAM Identity Center", appName: "amazon_aws_sso", signOn: .saml, popularity: 5),
        AppTemplate(label: "GitHub Enterprise Cloud - Organization", appName: "githubcloud", signOn: .saml, popularity: 9),
        AppTemplate(label: "Zoom", appName: "zoomus", signOn: .saml, popularity: 10),
        AppTemplate(label: "Atlassian Cloud", appName: "atlassian", signOn: .saml, popularity: 11),
        AppTemplate(label: "Workday", appName: "workday", signOn: .saml, popularity: 3),
        AppTemplate(label: "Microsoft Office 365", appName: "office365", signOn: .saml, popularity: 9),
        AppTemplate(label: "Box", appName: "boxnet", signOn: .saml, popularity: 3),
        AppTemplate(label: "Zendesk", appName: "zendesk", signOn: .saml, popularity: 3),
        AppTemplate(label: "Tableau Cloud", appName: "tableau_online", signOn: .saml, popularity: 2),
        AppTemplate(label: "Internal Wiki", appName: "oidc_client", signOn: .oidc, popularity: 4),
        AppTemplate(label: "Expense Portal", appName: "oidc_client", signOn: .oidc, popularity: 2),
        AppTemplate(label: "Figma", appName: "figma", signOn: .saml, popularity: 4),
        AppTemplate(label: "1Password Business", appName: "1password", signOn: .oidc, popularity: 3),
        // An API service app: tokens by client credentials, no users.
        AppTemplate(label: "HR Provisioning Service", appName: "oidc_client", signOn: .oidc, popularity: 0),
    ]
}
