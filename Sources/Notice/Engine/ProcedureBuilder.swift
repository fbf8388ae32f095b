import Catalog

/// The procedure part: the steps that apply, who does each, and where a step passes to
/// another department (the hall coordinates such hand-offs; the student is not sent around).
struct ProcedureBuilder {
    let catalog: Catalog
    let describer: ConditionDescriber

    func steps(for service: Service, department: String?, questions: inout FactQuestions) -> [Notice.StepLine] {
        service.steps.compactMap { step in
            let applies = questions.holds(step.when, deciding: "环节：\(step.name)")
            guard applies != false else { return nil }
            let owner = step.department?.id ?? department
            let role = catalog.hall?.roles.first { $0.id == step.role.id }?.name ?? step.role.id
            let handOff = step.department != nil && step.department?.id != department
            var reason = step.applicantPresent ? "需申请人本人到场" : "申请人无需到场"
            if handOff { reason += "；由大厅工作人员协调转交，无需学生另行往返" }
            let condition = step.when.map {
                applies == nil ? "待确认：当\(describer.describe($0))时" : "适用情形：\(describer.describe($0))"
            }
            if let condition { reason += "；" + condition }
            if !step.separateFrom.isEmpty {
                let names = step.separateFrom.compactMap { id in service.steps.first { $0.id == id.id }?.name }
                reason += "；须由未参与“\(names.joined(separator: "、"))”的人员办理"
            }
            return Notice.StepLine(
                id: step.id, name: step.name, description: step.description, role: role,
                department: owner.flatMap { catalog.department($0)?.name } ?? "",
                applicantPresent: step.applicantPresent,
                handOff: handOff, separateFrom: step.separateFrom.map(\.id), condition: condition, reason: reason)
        }
    }

    /// Visits the applicant makes: each run of consecutive steps that need them present.
    static func visits(_ steps: [Notice.StepLine]) -> Int {
        Service.visits(presence: steps.map(\.applicantPresent))
    }
}
