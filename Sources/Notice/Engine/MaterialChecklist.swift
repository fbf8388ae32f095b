import Catalog

/// The materials part of the notice: what applies, what was brought, what is missing or defective.
/// Built once per service (NoticeEngine.init): only the status, the reason and the defect depend
/// on the request.
struct MaterialChecklist: Sendable {
    /// One material of the service, its line written but for what the request decides.
    struct Entry: Sendable {
        var line: Notice.MaterialLine
        var condition: Condition?
        /// What the answer to an unknown fact of `condition` decides, e.g. 材料：居民身份证.
        var subject: String
        var reasonIfApplies: String
        var reasonIfNot: String
        var reasonIfAsked: String
        var defects: [Material.Defect]
    }

    let entries: [Entry]

    init(service: Service, catalog: Catalog, describer: ConditionDescriber) {
        entries = service.materials.map { use in
            let material = catalog.material(use.material.id)
            let name = material?.name ?? use.material.id
            var line = Notice.MaterialLine(
                id: use.material.id, name: name, status: .required, originals: use.originals, copies: use.copies,
                form: material?.form ?? "paper", necessity: use.necessity, reason: "", note: Self.note(use, material),
                validity: material?.validityText, laterDeadline: use.laterDeadline?.chinese, defect: nil,
                assumed: use.assumed.marked(["originals", "copies", "necessity", "note", "later_deadline", "when"])
                    + (material?.assumed.marked(["validity"]) ?? []))
            if material?.assumed.contains("note") == true, !line.assumed.contains("note") {
                line.assumed.append("note")
            }
            let reasons = Self.reasons(for: use, describer: describer)
            return Entry(
                line: line, condition: use.when, subject: "材料：\(name)", reasonIfApplies: reasons.applies,
                reasonIfNot: reasons.not, reasonIfAsked: reasons.asked, defects: material?.defects ?? [])
        }
    }

    func lines(for request: NoticeRequest, questions: inout FactQuestions) -> [Notice.MaterialLine] {
        entries.map { entry in
            var line = entry.line
            let applies = questions.holds(entry.condition, deciding: entry.subject)
            switch applies {
            case false?:
                line.status = .notApplicable
                line.reason = entry.reasonIfNot
            case nil:
                line.status = .ask
                line.reason = entry.reasonIfAsked
            case true?:
                line.reason = entry.reasonIfApplies
                if let code = request.defects[line.id], let defect = entry.defects.first(where: { $0.code == code }) {
                    line.status = .defective
                    line.defect = .init(code: code, text: defect.text, fix: defect.fix, onTheSpot: defect.onTheSpot)
                } else if let have = request.have {
                    let absent: Notice.MaterialLine.Status = line.necessity == .optional ? .optional : .missing
                    line.status = have.contains(line.id) ? .provided : absent
                } else {
                    line.status = line.necessity == .optional ? .optional : .required
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

    /// Why the material is on the list when its condition holds, does not, or is not known yet.
    private static func reasons(
        for use: Service.MaterialUse, describer: ConditionDescriber
    ) -> (applies: String, not: String, asked: String) {
        let necessity =
            switch use.necessity {
            case .optional: "可选材料"
            case .later: "可容缺受理，\(use.laterDeadline?.chinese ?? "规定期限")内补交"
            case .required: "必需材料"
            }
        guard let condition = use.when else { return (necessity, necessity, necessity) }
        let described = describer.describe(condition)
        return ("\(necessity)；适用情形：\(described)", "不适用：仅当\(described)时需要", "待确认：当\(described)时需要")
    }
}
