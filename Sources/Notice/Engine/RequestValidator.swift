import Catalog

/// Resolves the facts, materials and defects staff typed (ids, Chinese names or unique parts of
/// names) to the catalog's ids, with did-you-mean.
struct RequestValidator {
    let catalog: Catalog

    func validate(_ request: NoticeRequest, for service: Service) throws(NoticeError) -> NoticeRequest {
        let names = catalog.names
        var checked = request
        var facts: [String: String] = [:]
        for (key, value) in request.facts.sorted(by: { $0.key < $1.key }) {
            let (fact, id) = try resolving { () throws(ResolutionError) in try names.fact(key, value) }
            facts[fact.id] = id
        }
        checked.facts = facts
        if let have = request.have {
            var ids = Set<String>()
            for name in have.sorted() {
                ids.insert(try resolving { () throws(ResolutionError) in try names.material(name, for: service) }.id)
            }
            checked.have = ids
        }
        var defects: [String: String] = [:]
        for (name, code) in request.defects.sorted(by: { $0.key < $1.key }) {
            let material = try resolving { () throws(ResolutionError) in try names.material(name, for: service) }
            guard service.materials.contains(where: { $0.material.id == material.id }) else {
                throw NoticeError(
                    "材料“\(material.name)”不是事项“\(service.name)”所需的材料，无法登记缺陷", code: .materialNotRequired)
            }
            defects[material.id] = try resolving { () throws(ResolutionError) in try names.defect(code, of: material) }
                .code
        }
        checked.defects = defects
        return checked
    }

    private func resolving<T>(_ body: () throws(ResolutionError) -> T) throws(NoticeError) -> T {
        do {
            return try body()
        } catch {
            throw NoticeError(error)
        }
    }
}
