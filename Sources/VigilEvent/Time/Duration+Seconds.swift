extension Duration {
    /// Seconds, fractions included: what log lines, progress and benchmarks print.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
