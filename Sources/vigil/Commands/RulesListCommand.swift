import ArgumentParser
import VigilDetect

/// `vigil rules list`: a table of the loaded rules.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print a table of the rules: id, level, title and the event types each rule matches.",
        discussion: "Lists the managed pack and every --rules directory; disabled (deprecated or unsupported) rules are marked.")

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let set = try rules.load()
        var rows = [["ID", "LEVEL", "TITLE", "EVENT TYPES"]]
        for rule in set.rules {
            let types = rule.rule.eventTypes
            rows.append([rule.id, rule.severity.rawValue + (rule.isEnabled ? "" : " (disabled)"), rule.rule.title,
                         types.isEmpty ? "(any)" : types.joined(separator: ", ")])
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            out += (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            out += "  " + row[3] + "\n"
        }
        Console.write(out)
        Console.error("\(set.rules.count) rules")
    }
}
