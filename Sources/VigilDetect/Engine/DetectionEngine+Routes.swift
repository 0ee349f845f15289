import VigilEvent

extension DetectionEngine {
    /// What events of one type are checked against: the rules (indexes into `detector.active`) and the analytics.
    struct Route {
        let rules: [Int]
        let analytics: [Int]
    }

    /// The route of `event`'s type, remembered: one table lookup per event instead of one for the rules and one
    /// for the analytics (and the rules' lower-casing check). Known types are remembered by their index in Okta's
    /// catalog, which costs no hashing; unknown ones beyond the first few thousand are not remembered, so odd
    /// input cannot grow the table.
    mutating func route(_ event: borrowing OktaEvent) -> Route {
        if let known = event.catalogIndex {
            if let route = knownRoutes[Int(known)] { return route }
            let route = route(for: event.eventType)
            knownRoutes[Int(known)] = route
            return route
        }
        if let route = routes[event.eventType] { return route }
        let route = route(for: event.eventType)
        if routes.count < 4_096 { routes[event.eventType] = route }
        return route
    }

    private func route(for eventType: String) -> Route {
        Route(rules: plan.detector.candidates(for: eventType), analytics: plan.analyticsByType[eventType] ?? [])
    }
}
