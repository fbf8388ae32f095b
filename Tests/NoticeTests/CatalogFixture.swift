import Catalog
import Foundation

/// The shipped catalog, loaded once from the repository's catalog/ folder.
enum CatalogFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let shippedSource: CatalogSource =
        (try? CatalogSource.directory(repository.appendingPathComponent("catalog").path)) ?? .init(files: [])

    static let catalog: Catalog = CatalogLoader.load(shippedSource).catalog

    /// The shipped catalog plus `Fixtures/redirecting-service.yaml` on a window of its own: a
    /// service with redirects, a refusal, an assumed fee and time limit, notes and a validity,
    /// so the notice rules do not depend on what the shipped data happens to contain.
    static let withFixtureService: Catalog = {
        let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/redirecting-service.yaml")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let window = """
            version: 1
            window:
              number: 99
              name: 测试窗口
              departments: [xsc]
              posts: {A: 1, B: 3}
              services: [fixture-card-replacement]
              assumed:
                services: 测试用的窗口划分
            """
        let extra = CatalogSource(texts: ["services/99-fixture.yaml": text, "windows/99.yaml": window]).files
        return CatalogLoader.load(CatalogSource(files: shippedSource.files + extra)).catalog
    }()
}
