import ArgumentParser

/// `vigil simulate`: a seeded simulated Okta org that generates realistic System Log traffic and attacks.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Generate a simulated Okta org's System Log traffic, with attack scenarios on demand.",
        discussion: """
            The simulated org (users, devices, factors, apps, admins, policies, zones, integrations) is drawn from \
            --seed, and so is all its traffic: the same options always give the same bytes.
            """,
        subcommands: [SimulateGenerateCommand.self, SimulateScenariosCommand.self, SimulateExportCommand.self,
                      SimulateServeCommand.self, SimulateTriggerCommand.self])
}
