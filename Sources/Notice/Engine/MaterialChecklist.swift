import Catalog

/// The materials part of the notice: what applies, what was brought, what is missing or defective.
struct MaterialChecklist {
    let catalog: Catalog
    let describer: ConditionDescriber

    func lines(for service: Service, request: NoticeRequest, questions: inout FactQuestions) -> [Notice.MaterialLine] {
        service.materials.map { use in
            let material = catalog.material(use.material.id)
            let name = material?.name ?? use.material.id
            let applies = questions.holds(use.when, deciding: "材料：\(name)")
            var line = Notice.MaterialLine(
                id: use.material.id, name: name, status: .required, originals: use.originals, copies: use.copies,
                form: material?.form ?? "paper", necessity: use.necessity,
                reason: reason(for: use, applies: applies), note: Self.note(use, material),
                validity: material?.validityText, laterDeadline: use.laterDeadline?.chinese, defect: nil,
                assumed: use.assumed.marked(["originals", "copies", "necessity", "note", "later_deadline", "when"])
                    + (material?.assumed.marked(["validity"]) ?? []))
            if material?.assumed.contains("note") == true, !line.assumed.contains("note") {
                line.assumed.append("note")
            }
            switch applies {
            case false?: line.status = .notApplicable
            case nil: line.status = .ask
            case true?:
                if let code = request.defects[use.material.id],
                    let defect = material?.defects.first(where: { $0.code == code })
                {
                    line.status = .defective
                    line.defect = .init(code: code, text: defect.text, fix: defect.fix, onTheSpot: defect.onTheSpot)
                } else if let have = request.have {
                    line.status =
                        have.contains(use.material.id) ? .provided : use.necessity == .optional ? .optional : .missing
                } else {
                    line.status = use.necessity == .optional ? .optional : .required
                }
            }
            return line
        }
    }

    /// What the service says about the material, then what the material list says about it.
    private static func note(_ use: Service.MaterialUse, _ material: Material?) -> String? {
        let notes = [use.note, material?.note].compactMap { $0 }
        return notes.isEmpty ? nil : notes.joined(separator: "；")
    }

    private func reason(for use: Service.MaterialUse, applies: Bool?) -> String {
        let necessity =
            switch use.necessity {
            case .optional: "可选材料"
            case .later: "可容缺受理，\(use.laterDeadline?.chinese ?? "规定期限")内补交"
            case .required: "必需材料"
            }
        guard let condition = use.when else { return necessity }
        let described = describer.describe(condition)
        switch applies {
        case true?: return "\(necessity)；适用情形：\(described)"
        case false?: return "不适用：仅当\(described)时需要"
        case nil: return "待确认：当\(described)时需要"
        }
    }
}
