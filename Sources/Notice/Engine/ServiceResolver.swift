import Catalog
import Foundation

/// Finds the service staff mean by an id, a name, an alias or a unique part of a name.
struct ServiceResolver {
    let catalog: Catalog

    func resolve(_ query: String) throws(NoticeError) -> Service {
        let text = query.trimmingCharacters(in: .whitespaces)
        if let service = catalog.service(text) { return service }
        if let service = catalog.services.first(where: { $0.name == text }) { return service }
        let byAlias = catalog.services.filter { $0.aliases.contains(text) }
        if byAlias.count == 1 { return byAlias[0] }
        let candidates = byAlias.isEmpty ? catalog.services.filter { $0.name.contains(text) } : byAlias
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            let list = candidates.map { "  \($0.id)  \($0.name)" }.joined(separator: "\n")
            throw NoticeError(
                "“\(text)”对应多个事项，请指明其一：\n\(list)", code: .ambiguousService,
                details: ErrorDetails(candidates: candidates.map(\.id)))
        }
        let names = catalog.services.flatMap { [$0.id, $0.name] + $0.aliases }
        let hint = Suggestion.closest(to: text, among: names).map { "（您是不是要找“\($0)”？）" } ?? ""
        throw NoticeError("没有找到事项“\(text)”\(hint)；运行 onestop services 查看全部事项", code: .unknownService)
    }
}
