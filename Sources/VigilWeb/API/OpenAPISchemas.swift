import Foundation
/// The JSON shapes of the REST API, as OpenAPI component schemas. They describe the `Codable` types the
/// handlers encode (`EventSummary`, `AlertSummary`, ...); `OpenAPITests` checks real responses against them.
enum OpenAPISchemas {
    static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }
    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static var string: [String: Any] { ["type": "string"] }
    static var time: [String: Any] { ["type": "string", "format": "date-time"] }
    static var integer: [String: Any] { ["type": "integer"] }
    static var boolean: [String: Any] { ["type": "boolean"] }
    static var number: [String: Any] { ["type": "number"] }

    static var all: [String: Any] { [
        "Error": object(["error": object(["status": integer, "message": string, "field": string], required: ["status", "message"])],
                        required: ["error"]),
        "Principal": object(["id": string, "type": string, "alternateId": string, "displayName": string, "label": string,
                             "isUser": boolean], required: ["id", "label"]),
        "EventSummary": object([
            "uuid": string, "published": time, "eventType": string, "displayMessage": string, "severity": string,
            "outcome": string, "outcomeReason": string, "actor": ref("Principal"), "targets": array(ref("Principal")),
            "ipAddress": string, "location": string, "userAgent": string, "sessionId": string, "failed": boolean,
        ], required: ["uuid", "published", "eventType", "targets", "failed"]),
        "EventPage": object(["events": array(ref("EventSummary")), "nextCursor": string], required: ["events"]),
        "EventDetail": object(["summary": ref("EventSummary"), "raw": ref("LogEvent")], required: ["summary", "raw"]),
        "LogEvent": ["type": "object", "description": "An Okta System Log event, exactly as Okta sent it.",
                     "additionalProperties": true, "properties": ["uuid": string, "published": time, "eventType": string]],
        "AlertSummary": object([
            "id": string, "ruleId": string, "ruleTitle": string, "severity": string, "severityRank": integer, "title": string,
            "entity": object(["type": string, "id": string, "alternateId": string, "label": string, "isUser": boolean]),
            "firstSeen": time, "lastSeen": time, "status": string, "assignee": string, "evidenceCount": integer,
        ], required: ["id", "ruleId", "severity", "title", "status"]),
        "AlertList": object(["alerts": array(ref("AlertSummary"))], required: ["alerts"]),
        "TriageState": object([
            "status": ["type": "string", "enum": AlertStatus.allCases.map(\.rawValue)], "assignee": string,
            "notes": array(object(["author": string, "at": time, "text": string])),
            "history": array(object(["actor": string, "at": time, "change": string])),
        ], required: ["status", "notes", "history"]),
        "AlertDetail": object([
            "alert": ref("AlertSummary"), "why": string, "tags": array(string), "evidence": array(ref("EventSummary")),
            "missingEvidence": array(string), "triage": ref("TriageState"), "document": ["type": "object"],
        ], required: ["alert", "why", "evidence", "triage"]),
        "AlertUpdate": object(["status": ["type": "string", "enum": AlertStatus.allCases.map(\.rawValue)],
                               "assignee": string, "note": string]),
        "UserDay": object(["day": string, "events": integer, "failures": integer, "distinctIPs": integer, "sessions": integer,
                           "percent": integer]),
        "UserSession": object(["id": string, "firstSeen": time, "lastSeen": time, "events": integer, "failures": integer,
                               "ipAddresses": array(string), "locations": array(string)]),
        "UserDevice": object(["userAgent": string, "firstSeen": time, "lastSeen": time, "events": integer, "ipAddresses": array(string)]),
        "UserOverview": object([
            "profile": object(["id": string, "login": string, "displayName": string, "firstSeen": time, "lastSeen": time,
                               "lastIP": string, "lastLocation": string, "status": string, "statusSource": string,
                               "eventsExamined": integer], required: ["id"]),
            "activity": array(ref("UserDay")), "sessions": array(ref("UserSession")), "devices": array(ref("UserDevice")),
            "alerts": array(ref("AlertSummary")),
        ], required: ["profile", "activity", "sessions", "devices", "alerts"]),
        "UserActivity": object(["days": array(ref("UserDay"))], required: ["days"]),
        "UserSessions": object(["sessions": array(ref("UserSession"))], required: ["sessions"]),
        "UserDevices": object(["devices": array(ref("UserDevice"))], required: ["devices"]),
        "UserRefreshResult": object(["fetched": integer, "stored": integer, "oktaStatus": string], required: ["fetched", "stored"]),
        "IngestPathStatus": object(["path": ["type": "string", "enum": ["systemLog", "eventHook", "eventBridge"]], "enabled": boolean,
                                    "lastEventAt": time, "lagSeconds": number, "rateLimitUsed": number, "eventsLastHour": integer,
                                    "errors": array(string),
                                    "backfill": object(["events": integer, "eventsPerSecond": number, "etaSeconds": number, "reachedAt": time],
                                                       required: ["events", "eventsPerSecond"])], required: ["path", "enabled"]),
        "IntegrationStatus": object(["id": string, "name": string, "oktaDomain": string, "paths": array(ref("IngestPathStatus"))],
                                    required: ["id", "name", "oktaDomain", "paths"]),
        "IntegrationList": object(["integrations": array(ref("IntegrationStatus"))], required: ["integrations"]),
        "IntegrationValidation": object(["ok": boolean, "checks": array(object(["name": string, "ok": boolean, "detail": string]))],
                                        required: ["ok", "checks"]),
        "IntegrationSetup": object(["integrationId": string, "eventHookURL": string, "eventHookAuthHeader": string,
                                    "oktaSubdomain": string], required: ["integrationId", "eventHookURL"]),
        "Rule": object([
            "id": string, "title": string, "description": string, "severity": string, "status": string, "enabled": boolean,
            "managed": boolean, "tags": array(string), "eventTypes": array(string), "falsePositives": array(string), "file": string,
            "lastFired": time, "examples": integer, "exampleFailures": array(string),
        ], required: ["id", "title", "severity", "enabled"]),
        "RuleList": object(["rules": array(ref("Rule"))], required: ["rules"]),
        "RuleUpdate": object(["enabled": boolean], required: ["enabled"]),
        "RuleTestResult": object(["ruleId": string, "matched": boolean, "explanation": string, "eventType": string, "uuid": string],
                                 required: ["ruleId", "matched"]),
        "Me": object(["username": string, "role": ["type": "string", "enum": ["viewer", "analyst", "admin"]]], required: ["username", "role"]),
        "Account": object(["username": string, "role": ["type": "string", "enum": ["viewer", "analyst", "admin"]], "disabled": boolean,
                           "created": time], required: ["username", "role", "disabled", "created"]),
        "AccountList": object(["accounts": array(ref("Account"))], required: ["accounts"]),
        "AccountUpdate": object(["disabled": boolean, "password": ["type": "string", "minLength": 12]]),
        "PasswordChange": object(["currentPassword": string, "newPassword": ["type": "string", "minLength": 12]],
                                 required: ["currentPassword", "newPassword"]),
        "NewAccount": object(["username": string, "password": ["type": "string", "minLength": 12],
                              "role": ["type": "string", "enum": ["viewer", "analyst", "admin"]]], required: ["username", "password", "role"]),
        "NewToken": object(["name": string, "username": string], required: ["name"]),
        "CreatedToken": object(["id": integer, "name": string, "username": string, "token": string], required: ["id", "token"]),
        "TokenList": object(["tokens": array(object(["id": integer, "name": string, "username": string, "created": time, "lastUsed": time]))],
                            required: ["tokens"]),
        "Revoked": object(["id": integer, "revoked": boolean], required: ["id", "revoked"]),
        "AuditLog": object(["entries": array(object(["at": time, "actor": string, "action": string, "target": string, "detail": string]))],
                           required: ["entries"]),
    ] }
}
