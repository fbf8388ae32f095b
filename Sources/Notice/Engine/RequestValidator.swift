import Catalog

/// Checks the facts, materials and defects staff typed against the catalog, with did-you-mean.
struct RequestValidator {
    let catalog: Catalog

    func validate(_ request: NoticeRequest, for service: Service) throws(NoticeError) -> NoticeRequest {
        var checked = request
        for (id, value) in request.facts {
            guard let fact = catalog.fact(id) else {
                throw NoticeError(
                    "没有事实“\(id)”\(hint(id, catalog.facts.map(\.id)))；可用的事实：\(catalog.facts.map(\.id).joined(separator: ", "))",
                    code: .unknownFact, details: ErrorDetails(candidates: catalog.facts.map(\.id)))
            }
            guard fact.allowedValues.contains(value) else {
                let allowed = fact.allowedValues.map { "\($0)（\(fact.label(of: $0))）" }.joined(separator: "、")
                throw NoticeError(
                    "事实“\(id)”没有取值“\(value)”\(hint(value, fact.allowedValues))；可选：\(allowed)",
                    code: .unknownFactValue, details: ErrorDetails(candidates: fact.allowedValues))
            }
        }
        if let have = request.have {
            checked.have = Set(try have.map { (name: String) throws(NoticeError) -> String in try materialID(name) })
        }
        var defects: [String: String] = [:]
        for (name, code) in request.defects {
            let id = try materialID(name)
            guard service.materials.contains(where: { $0.material.id == id }) else {
                throw NoticeError("材料“\(id)”不是事项“\(service.name)”所需的材料，无法登记缺陷", code: .materialNotRequired)
            }
            let codes = catalog.material(id)?.defects.map(\.code) ?? []
            guard codes.contains(code) else {
                let list = codes.isEmpty ? "该材料未定义常见缺陷" : "可用的缺陷代码：\(codes.joined(separator: ", "))"
                throw NoticeError(
                    "材料“\(id)”没有缺陷代码“\(code)”\(hint(code, codes))；\(list)", code: .unknownDefect,
                    details: ErrorDetails(candidates: codes))
            }
            defects[id] = code
        }
        checked.defects = defects
        return checked
    }

    /// A material named by id or by its Chinese name.
    private func materialID(_ name: String) throws(NoticeError) -> String {
        if let material = catalog.material(name) ?? catalog.materials.first(where: { $0.name == name }) {
            return material.id
        }
        let names = catalog.materials.flatMap { [$0.id, $0.name] }
        throw NoticeError("没有材料“\(name)”\(hint(name, names))；材料以 materials.yaml 中的 id 或名称表示", code: .unknownMaterial)
    }

    private func hint(_ word: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: word, among: candidates).map { "（您是不是要找“\($0)”？）" } ?? ""
    }
}
