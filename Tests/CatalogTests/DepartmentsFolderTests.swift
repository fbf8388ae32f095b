import Catalog
import Testing

/// `departments/*.yaml`: a large catalog spreads its offices over several files, each under the
/// 4 MiB limit; they load as one list, and an id given twice across files is still reported.
@Suite struct DepartmentsFolderTests {
    static let library = """
        version: 1
        departments:
          - id: lib
            name: 图书馆
            in_hall: false
            keywords: [借书]
        """

    @Test func officesInTheFolderLoadWithTheOthers() {
        var files = ExampleCatalog.files
        files["departments/outside.yaml"] = Self.library
        let result = CatalogLoader.load(CatalogSource(texts: files))
        let diagnostics = result.diagnostics.sorted
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.formatted))")
        #expect(result.catalog.department("lib")?.name == "图书馆")
        #expect(result.catalog.department("xsc") != nil)
    }

    @Test func anIdGivenTwiceAcrossFilesIsReportedWhereItIs() {
        var files = ExampleCatalog.files
        files["departments/outside.yaml"] = Self.library.replacingOccurrences(of: "id: lib", with: "id: xsc")
        let result = CatalogLoader.load(CatalogSource(texts: files))
        let diagnostics = result.diagnostics.sorted
        let duplicate = diagnostics.first { $0.code == "duplicate-id" }
        let file = duplicate?.location.file ?? ""
        #expect(file.hasSuffix("departments/outside.yaml"), "\(diagnostics.map(\.formatted))")
    }

    @Test func aFileInASubfolderOfTheFolderIsNotRead() {
        var files = ExampleCatalog.files
        files["departments/old/outside.yaml"] = Self.library
        let result = CatalogLoader.load(CatalogSource(texts: files))
        #expect(result.catalog.department("lib") == nil)
        #expect(result.diagnostics.sorted.contains { $0.message.contains("departments/ 的子文件夹") })
    }
}
