import Foundation
import VigilEvent
import VigilOkta
import VigilStore

extension InventorySync {
    /// Okta's models as stored documents: sorted keys and millisecond dates, so an unchanged item encodes the same.
    static func document(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp(date).iso8601)
        }
        // The models are plain Codable structs; encoding them cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func item(_ user: OktaUser) -> InventoryItem {
        InventoryItem(kind: "user", id: user.id, label: user.login, status: user.status, document: document(user))
    }

    static func item(_ factor: OktaFactor, user: String) -> InventoryItem {
        InventoryItem(kind: "factor", id: factor.id, parent: user, label: factor.factorType, status: factor.status, document: document(factor))
    }

    static func item(_ role: OktaRoleAssignment, user: String) -> InventoryItem {
        InventoryItem(kind: "role", id: role.id, parent: user, label: role.type, status: role.status, document: document(role))
    }

    static func item(_ group: OktaGroup) -> InventoryItem {
        InventoryItem(kind: "group", id: group.id, label: group.name, status: group.type, document: document(group))
    }

    static func item(_ app: OktaApp) -> InventoryItem {
        InventoryItem(kind: "app", id: app.id, label: app.label ?? app.name, status: app.status, document: document(app))
    }

    static func item(_ device: OktaDevice) -> InventoryItem {
        InventoryItem(kind: "device", id: device.id, label: device.displayName, status: device.status, document: document(device))
    }

    static func item(_ token: OktaAPIToken) -> InventoryItem {
        InventoryItem(kind: "apiToken", id: token.id, label: token.name, status: nil, document: document(token))
    }
}
