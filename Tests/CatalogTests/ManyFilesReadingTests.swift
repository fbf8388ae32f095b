import Catalog
import Testing

/// The loader reads a catalog's files a batch at a time on every core; what it reports and
/// builds must be what reading them one after another gives, in the files' order.
@Suite struct ManyFilesReadingTests {
    static func office(_ number: Int) -> String {
        let tag = number < 10 ? "0\(number)" : "\(number)"
        return """
            version: 1
            departments:
              - id: o\(tag)
                name: 办公室\(tag)
                in_hall: false
                keywords: [事务\(tag)]
                remark_\(tag): 多写的键
                assumed:
                  in_hall: 来源未写（\(tag)）
            """
    }

    static let count = 37

    static func load() -> CatalogLoader.Result {
        var files = ExampleCatalog.files
        for number in 0..<count { files["departments/d\(number < 10 ? "0" : "")\(number).yaml"] = office(number) }
        return CatalogLoader.load(CatalogSource(texts: files))
    }

    @Test func everyFileIsReportedOnceAndInTheFilesOrder() {
        let result = Self.load()
        // The bag's own order, not the sorted one: each file's diagnostics where its turn came.
        let unknown = result.diagnostics.diagnostics.filter { $0.code == "unknown-key" }
        let files = unknown.map { $0.location.file.split(separator: "/").last.map(String.init) ?? "" }
        let expected = (0..<Self.count).map { "d\($0 < 10 ? "0" : "")\($0).yaml" }
        #expect(files == expected, "\(unknown.map(\.formatted))")
    }

    @Test func theModelAndTheAssumedValuesFollowTheFiles() {
        let result = Self.load()
        let offices = result.catalog.departments.map(\.id).filter { $0.hasPrefix("o") }
        #expect(offices == (0..<Self.count).map { "o\($0 < 10 ? "0" : "")\($0)" })
        let reasons = result.catalog.assumedValues.map(\.reason).filter { $0.hasPrefix("来源未写") }
        #expect(reasons == (0..<Self.count).map { "来源未写（\($0 < 10 ? "0" : "")\($0)）" })
    }

    @Test func loadingTwiceGivesTheSameReport() {
        let first = Self.load().diagnostics.diagnostics.map(\.formatted)
        for _ in 0..<3 { #expect(Self.load().diagnostics.diagnostics.map(\.formatted) == first) }
    }
}
