import Catalog

/// The procedure part: the steps that apply, who does each, and where a step passes to
/// another department (the hall coordinates such hand-offs; the student is not sent around).
/// Built once per service (NoticeEngine.init): a request only decides which steps apply.
struct ProcedureBuilder: Sendable {
    let entries: [ConditionalLine<Notice.StepLine>]

    /// `department`: the service's responsible department, which a step of another one hands off from.
    init(service: Service, department: String?, catalog: Catalog, describer: ConditionDescriber) {
        entries = service.steps.map { step in
            let owner = step.department?.id ?? department
            let role = catalog.hall?.roles.first { $0.id == step.role.id }?.name ?? step.role.id
            let handOff = step.department != nil && step.department?.id != department
            var reason = step.applicantPresent ? "需申请人本人到场" : "申请人无需到场"
            if handOff { reason += "；由大厅工作人员协调转交，无需学生另行往返" }
            var separation = ""
            if !step.separateFrom.isEmpty {
                let names = step.separateFrom.compactMap { id in service.steps.first { $0.id == id.id }?.name }
                separation = "；须由未参与“\(names.joined(separator: "、"))”的人员办理"
            }
            let line = Notice.StepLine(
                id: step.id, name: step.name, description: step.description, role: role,
                department: owner.flatMap { catalog.department($0)?.name } ?? "",
                applicantPresent: step.applicantPresent,
                handOff: handOff, separateFrom: step.separateFrom.map(\.id), condition: nil,
                reason: reason + separation)
            var lineIfApplies = line
            var lineIfAsked = line
            if let condition = step.when.map(describer.describe) {
                let (applies, asked) = ("适用情形：\(condition)", "待确认：当\(condition)时")
                lineIfApplies.condition = applies
                lineIfApplies.reason = reason + "；" + applies + separation
                lineIfAsked.condition = asked
                lineIfAsked.reason = reason + "；" + asked + separation
            }
            return ConditionalLine(
                condition: step.when, subject: "环节：\(step.name)", ifApplies: lineIfApplies, ifAsked: lineIfAsked)
        }
    }

    func steps(questions: inout FactQuestions) -> [Notice.StepLine] {
        entries.compactMap { $0.line(&questions)?.line }
    }

    /// Visits the applicant makes: each run of consecutive steps that need them present.
    static func visits(_ steps: [Notice.StepLine]) -> Int {
        Service.visits(presence: steps.map(\.applicantPresent))
    }
}
