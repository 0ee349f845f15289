import VigilEvent
import VigilSigma

extension Alert {
    /// The path whose object values let an alert name a target entity.
    static let targetPath = "target"
    static let targetFields = FieldPlan(paths: ["type", "id", "alternateId"])

    /// The alert a rule raises for one matching event, read with `plan` (the rule set's).
    public init(rule: DetectionRule, event: OktaEvent, plan: FieldPlan) {
        let published = event.published.iso8601
        self.init(
            id: Self.id(rule: rule.id, events: [event.uuid]),
            rule: RuleRef(id: rule.id, title: rule.rule.title),
            severity: rule.severity,
            title: rule.rule.title,
            entity: Self.entity(rule.entity, event, targetSlot: plan.slot(for: Self.targetPath)),
            events: [event.uuid],
            firstSeen: published,
            lastSeen: published,
            tags: rule.rule.tags,
            why: rule.compiled.explain(event))
    }

    /// A stable id: a 128-bit FNV-1a hash of the rule id and evidence uuids, written like a UUID.
    static func id(rule: String, events: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in ([rule] + events).joined(separator: "\n").utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
        }
        let hex = String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }

    /// The actor, or the first target of the rule's type (falling back to the actor when there is none).
    static func entity(_ kind: AlertEntity, _ event: OktaEvent, targetSlot: Int?) -> Entity {
        if case .target(let type) = kind, let slot = targetSlot {
            for span in event.fields.values(slot) where span.kind == .object {
                let found = entity(kind, event, targetSlot: slot, span: span)
                if found.type.lowercased() == type.lowercased() { return found }
            }
        }
        return Entity(type: event.string(.actorType) ?? "unknown", id: event.string(.actorId) ?? "",
                      alternateId: event.string(.actorAlternateId))
    }

    /// One target object's type, id and alternateId (type empty when the object has none).
    static func entity(_ kind: AlertEntity, _ event: OktaEvent, targetSlot: Int, span: ValueSpan) -> Entity {
        event.withBytes(of: span) { bytes -> Entity in
            guard let values = try? targetFields.scan(UnsafeBufferPointer(rebasing: bytes[0...])).values else {
                return Entity(type: "", id: "", alternateId: nil)
            }
            func text(_ slot: Int) -> String? {
                values.first(slot).flatMap { $0.kind == .string ? JSONString.decode($0, in: bytes) : nil }
            }
            return Entity(type: text(0) ?? "", id: text(1) ?? "", alternateId: text(2))
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
