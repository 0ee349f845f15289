import Testing
import VigilEvent
@testable import VigilSigma

/// Reading correlation documents: what the specification requires, with errors that say what is wrong.
@Suite struct CorrelationParsingTests {
    static func parse(_ body: String) throws(SigmaError) -> SigmaCorrelation {
        let yaml = "title: C\nid: 7c1d0c55-0000-4000-8000-000000000002\ncorrelation:\n"
            + body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        return try SigmaFile(yaml: yaml, file: "c.yml").correlations[0]
    }

    @Test func readsEveryPart() throws {
        let c = try Self.parse("""
            type: value_count
            rules: [a, b]
            group-by: [client.ipAddress]
            timespan: 90m
            condition: {field: actor.alternateId, gt: 10, lte: 200}
            aliases:
                ip: {a: client.ipAddress, b: request.ipChain.ip}
            generate: true
            """)
        #expect(c.type == .valueCount && c.rules == ["a", "b"] && c.groupBy == ["client.ipAddress"])
        #expect(c.timespanMillis == 90 * 60_000 && c.generate)
        #expect(c.condition.field == "actor.alternateId" && c.condition.holds(11) && !c.condition.holds(10) && !c.condition.holds(201))
        #expect(c.field("ip", for: ["b"]) == "request.ipChain.ip")
    }

    @Test(arguments: [
        ("type: nonsense\nrules: [a]\ngroup-by: [x]\ntimespan: 1h\ncondition: {gte: 1}", "not supported"),
        ("type: event_count\nrules: [a]\ngroup-by: [x]\ncondition: {gte: 1}", "timespan"),
        ("type: event_count\nrules: [a]\ngroup-by: [x]\ntimespan: 1w\ncondition: {gte: 1}", "timespan '1w'"),
        ("type: event_count\nrules: [a]\ngroup-by: [x]\ntimespan: 1h", "needs a 'condition'"),
        ("type: value_count\nrules: [a]\ngroup-by: [x]\ntimespan: 1h\ncondition: {gte: 2}", "needs 'field'"),
        ("type: temporal\nrules: [a]\ngroup-by: [x]\ntimespan: 1h", "at least two rules"),
        ("type: event_count\nrules: [a]\ngroup-by: [x]\ntimespan: 1h\ncondition: {about: 2}", "not one of"),
        ("type: temporal\nrules: [a, b]\ngroup-by: [x]\ntimespan: 1h\naliases: {x: {c: y}}", "does not refer to"),
    ])
    func rejectsWithAReason(_ body: String, _ reason: String) {
        #expect {
            _ = try Self.parse(body)
        } throws: { error in
            let e = error as? SigmaError
            return e?.description.contains(reason) == true && e?.description.contains("c.yml") == true
        }
    }

    @Test func unknownReferencesAndCyclesAreErrors() throws {
        let yaml = """
            title: A
            name: a
            correlation: {type: temporal, rules: [b, missing], group-by: [x], timespan: 1h}
            ---
            title: B
            name: b
            correlation: {type: temporal, rules: [a, a], group-by: [x], timespan: 1h}
            """
        let file = try SigmaFile(yaml: yaml, file: "c.yml")
        #expect {
            _ = try CorrelationSet(file.correlations, rules: [], plan: .standard)
        } throws: { error in
            let problems = (error as? CorrelationSetError)?.problems.map(\.problem) ?? []
            return problems.contains { $0.contains("'missing'") }
        }
        let cyclic = try SigmaFile(yaml: yaml.replacingOccurrences(of: ", missing", with: ", b"), file: "c.yml")
        #expect {
            _ = try CorrelationSet(cyclic.correlations, rules: [], plan: .standard)
        } throws: { error in
            (error as? CorrelationSetError)?.problems.contains { $0.problem.contains("cycle") } == true
        }
    }
}
