/// The fields of a System Log event that ingestion, storage, search and the UI reach on every event.
///
/// Their order is their slot number in `FieldPlan.standard`; rule sets extend that plan, so these slots
/// keep their numbers in every plan.
public enum HotField: Int, CaseIterable, Sendable {
    case uuid, published, eventType, version, severity, legacyEventType, displayMessage
    case actorId, actorType, actorAlternateId, actorDisplayName
    case clientIP, userAgent, userAgentOS, userAgentBrowser, clientDevice, clientZone, clientId
    case city, state, country, postalCode, latitude, longitude
    case outcomeResult, outcomeReason
    case externalSessionId, rootSessionId, credentialType, credentialProvider, authenticationProvider
    case issuerId, issuerType
    case asNumber, asOrg, isp, domain, isProxy
    case transactionId, transactionType, requestApiTokenId
    case dtHash, requestUri, behaviors, risk, logOnlySecurityData, threatSuspected
    case targetId, targetType, targetAlternateId, targetDisplayName
    case ipChainIP
    // Markers of the wrapper shapes the reader unwraps (never present on an event itself).
    case hookEvents, eventBridgeDetail, eventBridgeDetailType, sqsBody, sqsMessages

    /// The dotted JSON path of the field.
    public var path: String {
        switch self {
        case .uuid: "uuid"
        case .published: "published"
        case .eventType: "eventType"
        case .version: "version"
        case .severity: "severity"
        case .legacyEventType: "legacyEventType"
        case .displayMessage: "displayMessage"
        case .actorId: "actor.id"
        case .actorType: "actor.type"
        case .actorAlternateId: "actor.alternateId"
        case .actorDisplayName: "actor.displayName"
        case .clientIP: "client.ipAddress"
        case .userAgent: "client.userAgent.rawUserAgent"
        case .userAgentOS: "client.userAgent.os"
        case .userAgentBrowser: "client.userAgent.browser"
        case .clientDevice: "client.device"
        case .clientZone: "client.zone"
        case .clientId: "client.id"
        case .city: "client.geographicalContext.city"
        case .state: "client.geographicalContext.state"
        case .country: "client.geographicalContext.country"
        case .postalCode: "client.geographicalContext.postalCode"
        case .latitude: "client.geographicalContext.geolocation.lat"
        case .longitude: "client.geographicalContext.geolocation.lon"
        case .outcomeResult: "outcome.result"
        case .outcomeReason: "outcome.reason"
        case .externalSessionId: "authenticationContext.externalSessionId"
        case .rootSessionId: "authenticationContext.rootSessionId"
        case .credentialType: "authenticationContext.credentialType"
        case .credentialProvider: "authenticationContext.credentialProvider"
        case .authenticationProvider: "authenticationContext.authenticationProvider"
        case .issuerId: "authenticationContext.issuer.id"
        case .issuerType: "authenticationContext.issuer.type"
        case .asNumber: "securityContext.asNumber"
        case .asOrg: "securityContext.asOrg"
        case .isp: "securityContext.isp"
        case .domain: "securityContext.domain"
        case .isProxy: "securityContext.isProxy"
        case .transactionId: "transaction.id"
        case .transactionType: "transaction.type"
        case .requestApiTokenId: "transaction.detail.requestApiTokenId"
        case .dtHash: "debugContext.debugData.dtHash"
        case .requestUri: "debugContext.debugData.requestUri"
        case .behaviors: "debugContext.debugData.behaviors"
        case .risk: "debugContext.debugData.risk"
        case .logOnlySecurityData: "debugContext.debugData.logOnlySecurityData"
        case .threatSuspected: "debugContext.debugData.threatSuspected"
        case .targetId: "target.id"
        case .targetType: "target.type"
        case .targetAlternateId: "target.alternateId"
        case .targetDisplayName: "target.displayName"
        case .ipChainIP: "request.ipChain.ip"
        case .hookEvents: "data.events"
        case .eventBridgeDetail: "detail"
        case .eventBridgeDetailType: "detail-type"
        case .sqsBody: "Body"
        case .sqsMessages: "Messages"
        }
    }
}
