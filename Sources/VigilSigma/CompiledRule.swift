import VigilEvent

/// A Sigma rule compiled into a matcher over an event's field slots and raw bytes.
///
/// Compiling resolves every field path to a slot of one `FieldPlan`, every value to a byte pattern, regex,
/// network or number, and the condition to a tree over selection indexes; matching then does no YAML, path or
/// (for plain ASCII values) `String` work. A class, so the per-event loop holds one reference rather than copying
/// (and retaining every field of) the rule.
public final class CompiledRule: Sendable {
    public let rule: SigmaRule
    let names: [String]
    let selections: [CompiledSelection]
    let condition: CompiledCondition
    /// The condition lowered for matching (see `MatchNode`).
    let root: MatchNode
    /// The plan the slots refer to; events must be scanned with it (or a plan extending it).
    public let plan: FieldPlan

    /// Compiles `rule` against `plan`, which must hold every path the rule reads (`SigmaRule.fieldPaths`).
    public init(_ rule: SigmaRule, plan: FieldPlan, configuration: SigmaConfiguration = .init()) throws(SigmaError) {
        let label = rule.label
        let names = rule.detections.map(\.name)
        let compiler = SigmaCompiler(plan: plan, configuration: configuration)
        var selections: [CompiledSelection] = []
        var parsed: [CompiledCondition] = []
        do throws(SigmaError) {
            for (name, detection) in rule.detections {
                do throws(SigmaError) {
                    selections.append(try compiler.selection(detection))
                } catch {
                    throw SigmaError(problem: "detection '\(name)': \(error.problem)")
                }
            }
            for text in rule.conditions {
                parsed.append(try CompiledCondition(try SigmaConditionParser.parse(text), names: names))
            }
        } catch {
            throw error.located(file: rule.file, rule: label)
        }
        self.names = names
        self.selections = selections
        condition = parsed.count == 1 ? parsed[0] : .or(parsed)
        root = MatchNode.lower(condition, selections: selections.map(MatchNode.init))
        self.rule = rule
        self.plan = plan
    }

    /// Whether the event matches. The event must have been scanned with `plan` (or an extension of it).
    @inlinable
    public func matches(_ event: OktaEvent) -> Bool {
        event.raw.withUnsafeBufferPointer { matches(fields: event.fields, bytes: $0) }
    }

    /// Whether scanned values match, `bytes` being the event's raw JSON the spans point into.
    public func matches(fields: FieldValues, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        root.matches(fields, bytes)
    }
}
