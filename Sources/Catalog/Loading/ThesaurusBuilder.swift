/// Builds the `Thesaurus` from `thesaurus.yaml`, keeping where every word is written.
enum ThesaurusBuilder {
    static func build(_ node: YAMLNode) -> Thesaurus {
        var thesaurus = Thesaurus()
        thesaurus.location = node.location
        for (key, kind) in [("synonyms", Thesaurus.Entry.Kind.synonym), ("typos", .typo), ("english", .english)] {
            for item in node.list(key) {
                guard let meansNode = item["means"], let means = meansNode.scalar else { continue }
                thesaurus.entries.append(
                    Thesaurus.Entry(
                        kind: kind, means: .init(text: means, location: meansNode.location),
                        words: words(item["words"]), location: item.location))
            }
        }
        thesaurus.ignored = words(node["ignore"])
        thesaurus.places = words(node["places"])
        thesaurus.asking = words(node["asking"])
        thesaurus.said = words(node["said"])
        thesaurus.visited = words(node["visited"])
        thesaurus.nearby = words(node["nearby"])
        return thesaurus
    }

    private static func words(_ node: YAMLNode?) -> [Thesaurus.Word] {
        (node?.items ?? []).compactMap { item in item.scalar.map { .init(text: $0, location: item.location) } }
    }
}
