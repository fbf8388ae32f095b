import Catalog
import Testing

/// A service's closed choices (`necessity`, `on_correction`) are read into their enums, with
/// the defaults the catalog documents when they are left out.
@Suite struct ServiceChoicesTests {
    static let catalog = ShippedCatalogTests.result.catalog

    func use(_ material: String, of service: String) throws -> Service.MaterialUse {
        try #require(Self.catalog.service(service)?.materials.first { $0.material.id == material })
    }

    @Test func eachNecessityIsReadAsWritten() throws {
        #expect(try use("insurance_proof", of: "offcampus-group-activity").necessity == .later)
        #expect(try use("college_opinion", of: "offcampus-group-activity").necessity == .required)
        #expect(try use("transfer_list", of: "campus-card-topup").necessity == .optional)
    }

    @Test func aMaterialWithoutNecessityIsRequired() throws {
        let source = CatalogSource(texts: [
            "services/x.yaml": """
            version: 1
            services:
              - id: x
                name: 某事项
                kind: application
                time_limit: {on_the_spot: true}
                materials:
                  - material: campus_card
                    originals: 1
                    copies: 0
            """
        ])
        let service = try #require(CatalogLoader.load(source).catalog.service("x"))
        #expect(service.materials.map(\.necessity) == [.required])
        #expect(service.onCorrection == .pause)
    }

    @Test func theClockOnCorrectionIsReadAsWritten() throws {
        #expect(try #require(Self.catalog.service("medical-insurance-reimbursement")).onCorrection == .restart)
        #expect(try #require(Self.catalog.service("student-id-replacement")).onCorrection == .pause)
    }
}
