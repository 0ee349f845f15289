extension DetectionEngine {
    /// What events of one type are checked against: the rules (indexes into `detector.active`) and the analytics.
    struct Route {
        let rules: [Int]
        let analytics: [Int]
    }

    /// The route of `eventType`, remembered: one table lookup per event instead of one for the rules and one for
    /// the analytics (and the rules' lower-casing check). Types beyond the first few thousand are not remembered,
    /// so odd input cannot grow the table.
    mutating func route(_ eventType: String) -> Route {
        if let route = routes[eventType] { return route }
        let route = Route(rules: plan.detector.candidates(for: eventType), analytics: plan.analyticsByType[eventType] ?? [])
        if routes.count < 4_096 { routes[eventType] = route }
        return route
    }
}
