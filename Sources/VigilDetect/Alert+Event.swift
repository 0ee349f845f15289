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

    /// A stable id: a 128-bit FNV-1a hash of the rule id and evidence uuids (joined by newlines), written like a UUID.
    static func id(rule: String, events: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        func mix(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
        }
        for byte in rule.utf8 { mix(byte) }
        for event in events {
            mix(0x0A)
            for byte in event.utf8 { mix(byte) }
        }
        // 32 hex digits as 8-4-4-4-12, written byte by byte: this runs for every match.
        return String(unsafeUninitializedCapacity: 36) { out in
            let digits: StaticString = "0123456789abcdef"
            var at = 0
            for i in 0..<32 {
                if i == 8 || i == 12 || i == 16 || i == 20 { out[at] = 0x2D; at += 1 }
                let word = i < 16 ? a : b
                out[at] = digits.utf8Start[Int((word >> UInt64(60 - 4 * (i % 16))) & 0xF)]
                at += 1
            }
            return at
        }
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
