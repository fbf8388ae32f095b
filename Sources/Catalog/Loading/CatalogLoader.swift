/// Reads, decodes and validates a catalog, collecting every diagnostic.
public enum CatalogLoader {
    public struct Result: Sendable {
        public var catalog: Catalog
        public var diagnostics: DiagnosticBag
    }

    public static let formatVersion = 1

    public static func load(_ source: CatalogSource, rules: [ValidationRule] = ValidationRule.all) -> Result {
        var catalog = Catalog()
        var bag = DiagnosticBag()
        var services = ServiceBuilder()
        var present = Set<String>()
        for file in source.files {
            guard let kind = CatalogFileKind(relativePath: file.relativePath) else {
                bag.warning(
                    "unexpected-file",
                    "file is not part of the catalog layout and is ignored; move it to windows/, services/ or calendars/",
                    at: .start(of: file.displayPath))
                continue
            }
            present.insert(file.relativePath)
            catalog.files.append(file.displayPath)
            guard let root = YAMLReader.read(file.data, file: file.displayPath, into: &bag),
                checkVersion(root, file: file.displayPath, into: &bag)
            else { continue }
            var checker = ShapeChecker()
            checker.check(root, against: .object(CatalogShapes.root(for: kind)), path: "")
            bag.append(contentsOf: checker.bag)
            catalog.assumedValues += AssumedValueCollector.collect(in: root, path: "")
            add(root, kind: kind, to: &catalog, services: &services)
        }
        bag.append(contentsOf: services.bag)
        for name in CatalogFileKind.required where !present.contains(name) {
            let folder = source.files.first.map { String($0.displayPath.dropLast($0.relativePath.count)) } ?? ""
            bag.error(
                "missing-file", "the catalog has no \(name); create it (see docs/catalog.md)",
                at: .start(of: folder + name))
        }
        for rule in rules { rule.check?(catalog, &bag) }
        return Result(catalog: catalog, diagnostics: bag)
    }

    /// A missing version is left to the shape check; a wrong one stops the file here.
    private static func checkVersion(_ root: YAMLNode, file: String, into bag: inout DiagnosticBag) -> Bool {
        guard root.pairs != nil else {
            bag.error("type-mismatch", "a catalog file must be a mapping starting with 'version: 1'", at: root.location)
            return false
        }
        guard let node = root["version"] else { return true }
        guard node.int == formatVersion else {
            bag.error(
                "unsupported-version",
                "version '\(node.scalar ?? node.kindName)' is not supported; this onestop reads version \(formatVersion)",
                at: node.location)
            return false
        }
        return true
    }

    private static func add(
        _ root: YAMLNode, kind: CatalogFileKind, to catalog: inout Catalog, services: inout ServiceBuilder
    ) {
        switch kind {
        case .hall: catalog.hall = root["hall"].flatMap(HallBuilder.build)
        case .departments: catalog.departments += root.list("departments").compactMap(EntityBuilder.department)
        case .facts: catalog.facts += root.list("facts").compactMap(EntityBuilder.fact)
        case .materials: catalog.materials += root.list("materials").compactMap(EntityBuilder.material)
        case .window: catalog.windows += root["window"].flatMap(EntityBuilder.window).map { [$0] } ?? []
        case .services: catalog.services += root.list("services").compactMap { services.build($0) }
        case .calendar: catalog.calendars += root["calendar"].flatMap(EntityBuilder.calendar).map { [$0] } ?? []
        }
    }
}
