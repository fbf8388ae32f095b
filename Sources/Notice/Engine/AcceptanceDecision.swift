import Catalog

/// Whether the hall takes a service on for the facts known: the one decision the notice prints
/// (sections 一 and 六) and the ledger enforces when a case is accepted.
public enum AcceptanceDecision: Sendable {
    /// Taken on; facts still unknown may be asked for, but none of them has redirected or refused it.
    case accepted
    /// The matter belongs to another office or service.
    case redirected(Notice.Referral)
    /// A requirement for acceptance is not met.
    case refused(Notice.Refusal)

    public enum Outcome: String, Sendable, Encodable, CaseIterable {
        case accepted, redirected, refused
    }

    public var outcome: Outcome {
        switch self {
        case .accepted: .accepted
        case .redirected: .redirected
        case .refused: .refused
        }
    }

    /// One sentence saying why the case is not accepted and what to do instead; `nil` when accepted.
    public var statement: String? {
        switch self {
        case .accepted: return nil
        case .redirected(let referral): return referral.statement
        case .refused(let refusal): return refusal.statement
        }
    }
}

extension Notice.Refusal {
    /// The reason, marked 待确认 when the rule behind it is assumed.
    public var statedReason: String { Notice.mark(reason, !assumed.isEmpty) }

    /// The refusal in one sentence, as `cases accept` reports it.
    public var statement: String { "不予受理：\(statedReason)（\(condition)）" }
}

extension Notice.Referral {
    /// The redirect in one sentence, as `cases accept` reports it.
    public var statement: String { "本事项在此不予受理：\(explanation)；\(directions)" }
}

extension Notice {
    /// Why the notice does not accept the case, in the words `cases accept` uses; `nil` when accepted.
    public var statement: String? { referral?.statement ?? refusal?.statement }
}

/// Decides acceptance from the service's redirects (first that certainly applies) and then its
/// acceptance requirements (first that certainly fails). An unknown fact decides nothing.
public struct AcceptanceDecider: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    public func decide(_ service: Service, facts: [String: String]) -> AcceptanceDecision {
        var questions = FactQuestions(catalog: catalog, facts: facts)
        return decide(service, questions: &questions)
    }

    /// What the answers to unknown facts decide, per redirect and per acceptance rule: a service's
    /// own, so NoticeEngine words them once per catalog.
    struct Subjects: Sendable {
        var redirects: [String]
        var acceptance: [String]

        init(_ service: Service) {
            redirects = service.redirects.map { "是否转办：\($0.reason)" }
            acceptance = service.acceptance.map { "受理条件：\($0.text)" }
        }
    }

    /// The decision, recording in `questions` the unknown facts that could still change it.
    func decide(_ service: Service, questions: inout FactQuestions) -> AcceptanceDecision {
        decide(service, subjects: Subjects(service), questions: &questions)
    }

    func decide(_ service: Service, subjects: Subjects, questions: inout FactQuestions) -> AcceptanceDecision {
        // Only a redirect or a refusal is worded.
        var describer: ConditionDescriber { ConditionDescriber(catalog: catalog) }
        for (redirect, subject) in zip(service.redirects, subjects.redirects) {
            guard questions.holds(redirect.when, deciding: subject) == true else { continue }
            return .redirected(referral(for: redirect, service: service, facts: questions.facts, describer: describer))
        }
        for (acceptance, subject) in zip(service.acceptance, subjects.acceptance) {
            guard questions.holds(acceptance.requires, deciding: subject) == false else { continue }
            let refusal = service.refusals.first { $0.code == acceptance.refusal.id }
            let basis = service.basis.first?.citation
            let found = describer.factsInWords(acceptance.requires, facts: questions.facts)
            return .refused(
                .init(
                    reason: refusal?.text ?? "不满足受理条件：\(acceptance.text)", basis: refusal?.basis ?? basis ?? "",
                    code: acceptance.refusal.id,
                    condition: "受理条件为“\(acceptance.text)”，申请人情况：\(found)",
                    assumed: service.assumed.marked(["acceptance", "refusals"])))
        }
        return .accepted
    }

    private func referral(
        for redirect: Service.Redirect, service: Service, facts: [String: String], describer: ConditionDescriber
    ) -> Notice.Referral {
        let condition = redirect.when.map { describer.factsInWords($0, facts: facts) }
        let guessed = service.assumed.contains("redirects") || !redirect.assumed.isEmpty
        switch redirect.target {
        case .department(let id):
            let department = catalog.department(id)
            return .init(
                department: department?.name ?? id, office: department?.office, phone: department?.phone,
                reason: redirect.reason, condition: condition, window: nil, service: nil,
                assumed: (guessed ? ["reason"] : []) + (department?.assumed.marked(["office", "phone"]) ?? []))
        case .service(let id):
            let target = catalog.service(id)
            let window = catalog.window(offering: id)
            let department = target.flatMap { catalog.department(of: $0) }
            return .init(
                department: department?.name ?? "", office: window.map { "大厅\($0.number)号窗口（\($0.name)）" },
                phone: department?.phone, reason: redirect.reason, condition: condition, window: window?.number,
                service: .init(id: id, name: target?.name ?? id),
                assumed: (guessed ? ["reason"] : []) + (department?.assumed.marked(["phone"]) ?? []))
        case .window(let number):
            let window = catalog.window(number: number)
            let department = window?.departments.first.flatMap { catalog.department($0.id) }
            return .init(
                department: department?.name ?? "", office: "大厅\(number)号窗口（\(window?.name ?? "")）",
                phone: department?.phone, reason: redirect.reason, condition: condition, window: number, service: nil,
                assumed: (guessed ? ["reason"] : []) + (department?.assumed.marked(["phone"]) ?? []))
        }
    }
}
