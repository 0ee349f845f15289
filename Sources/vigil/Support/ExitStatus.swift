import ArgumentParser

/// Exit codes scripts can rely on (also listed in `vigil --help` and the README).
enum ExitStatus {
    /// Everything was read and processed.
    static let ok = ExitCode(0)
    /// The command finished, but some input records were rejected (each reported on stderr).
    static let rejectedInput = ExitCode(1)
    /// The command could not do its work: unreadable input, a store that cannot be opened, invalid rules.
    static let failure = ExitCode(2)
    // 64 (EX_USAGE) is ArgumentParser's code for invalid arguments.

    static let help = """
        Exit status: 0 success; 1 finished but some input records were rejected; 2 could not run \
        (unreadable input, store or rules); 64 invalid arguments.
        """
}
