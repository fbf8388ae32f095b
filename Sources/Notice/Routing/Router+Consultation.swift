import Catalog

extension Router {
    /// How close a consultation must score to the best service of its window to come first
    /// when the question asks what the rules are (转专业有什么条件 is 转专业政策咨询, not the application).
    static let consultationMargin = 0.6

    /// The ranking with the best service's consultation moved first when `asking` and close.
    func consultationFirst(_ ranked: [(RouteTarget, Double)], asking: Bool) -> [(RouteTarget, Double)] {
        guard let first = ranked.first, case .service(let firstID) = first.0,
            let window = catalog.window(offering: firstID)?.number,
            let firstService = catalog.service(firstID)
        else { return ranked }
        guard asking, firstService.kind != "consultation" else { return ranked }
        let rival = ranked.dropFirst().first { target, score in
            guard case .service(let id) = target, score >= first.1 * Self.consultationMargin,
                catalog.window(offering: id)?.number == window, let service = catalog.service(id)
            else { return false }
            return service.kind == "consultation"
        }
        guard let rival else { return ranked }
        return [(rival.0, first.1)] + ranked.filter { $0.0 != rival.0 }
    }
}
