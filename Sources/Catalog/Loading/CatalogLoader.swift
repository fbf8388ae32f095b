/// Reads, decodes and validates a catalog, collecting every diagnostic.
public enum CatalogLoader {
    public struct Result: Sendable {
        public var catalog: Catalog
        public var diagnostics: DiagnosticBag
    }

    public static let formatVersion = 1

    /// `checkedOn` is the day the check is made on (`onestop check` passes today); without it
    /// date-dependent rules are skipped, so loading never depends on the machine's clock.
    public static func load(
        _ source: CatalogSource, rules: [ValidationRule] = ValidationRule.all, checkedOn: CivilDate? = nil
    ) -> Result {
        load(source, rules: rules) { _ in checkedOn }
    }

    /// Checked on today as `clock` reads it for the loaded catalog: the hall's today is known only
    /// once hall.yaml (its time zone) is read.
    public static func load(
        _ source: CatalogSource, rules: [ValidationRule] = ValidationRule.all, clock: (Catalog) -> HallClock
    ) -> Result {
        load(source, rules: rules) { clock($0).now().date }
    }

    private static func load(
        _ source: CatalogSource, rules: [ValidationRule], checkedOn: (Catalog) -> CivilDate?
    ) -> Result {
        var catalog = Catalog()
        var bag = DiagnosticBag()
        var services = ServiceBuilder()
        var present = Set<String>()
        let kinds = source.files.map { CatalogFileKind(relativePath: $0.relativePath) }
        CatalogFileReading.each(source.files, kinds: kinds) { file, kind, reading in
            guard let kind, let reading else {
                bag.warning(
                    "unexpected-file", CatalogFileKind.misplacement(of: file.relativePath),
                    at: .start(of: file.displayPath))
                return
            }
            present.insert(file.relativePath)
            catalog.files.append(file.displayPath)
            bag.append(contentsOf: reading.diagnostics)
            guard let root = reading.root else { return }
            catalog.assumedValues += reading.assumed
            add(root, kind: kind, to: &catalog, services: &services)
        }
        bag.append(contentsOf: services.bag)
        for name in CatalogFileKind.required where !present.contains(name) {
            let folder = source.files.first.map { String($0.displayPath.dropLast($0.relativePath.count)) } ?? ""
            bag.error(
                "missing-file", "目录中没有 \(name)；请创建它（见 docs/catalog.md）",
                at: .start(of: folder + name))
        }
        catalog.checkedOn = checkedOn(catalog)
        runChecks(rules, on: catalog, into: &bag)
        return Result(catalog: catalog, diagnostics: bag)
    }

    /// Runs the cross-checks, unless an error has left the catalog incomplete: then they would
    /// mostly repeat that error in other words ("unknown department 'xsc'" for every window when
    /// departments.yaml cannot be read), so one note says they were skipped.
    private static func runChecks(_ rules: [ValidationRule], on catalog: Catalog, into bag: inout DiagnosticBag) {
        let stopping = Set(ValidationRule.all.filter(\.stopsCrossChecks).map(\.id))
        let blocking = bag.diagnostics.filter { $0.severity == .error && stopping.contains($0.code) }
        guard let last = blocking.map(\.location).max() else {
            for rule in rules { rule.check?(catalog, &bag) }
            return
        }
        for rule in rules where rule.runsOnIncompleteCatalog { rule.check?(catalog, &bag) }
        let skipped = rules.filter { $0.check != nil && !$0.runsOnIncompleteCatalog }
        guard !skipped.isEmpty else { return }
        bag.note(
            "cross-checks-skipped",
            "由于上面的\(blocking.count == 1 ? "错误" : " \(blocking.count) 个错误")，"
                + "跨文件的检查（引用、重复的 id、时限、窗口）已跳过；请改正后重新检查",
            at: last)
    }

    /// A missing version is left to the shape check; a wrong one stops the file here.
    static func checkVersion(_ root: YAMLNode, file: String, into bag: inout DiagnosticBag) -> Bool {
        guard root.pairs != nil else {
            bag.error("type-mismatch", "目录文件须是以“version: 1”开头的键值映射；请按这个格式改写", at: root.location)
            return false
        }
        guard let node = root["version"] else { return true }
        guard node.int == formatVersion else {
            bag.error(
                "unsupported-version",
                "不支持版本“\(node.scalar ?? node.kindName)”；本系统只读取版本 \(formatVersion)，请写“version: \(formatVersion)”",
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
        case .thesaurus: catalog.thesaurus = root["thesaurus"].map(ThesaurusBuilder.build) ?? Thesaurus()
        }
    }
}
