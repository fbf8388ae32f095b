import Catalog
import Foundation
import Testing

/// The real hall of 湖南工业大学 in catalog/ loads cleanly and matches the seed table.
@Suite struct ShippedCatalogTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("catalog").path

    static let result = CatalogLoader.load((try? CatalogSource.directory(folder)) ?? CatalogSource(files: []))

    @Test func loadsWithoutErrorsOrWarnings() {
        let problems = Self.result.diagnostics.sorted.filter { $0.severity != .note }
        #expect(problems.map(\.formatted) == [])
    }

    @Test func listsAssumedValuesAsNotes() {
        let notes = Self.result.diagnostics.sorted.filter { $0.code == "assumed-value" }
        #expect(notes.count >= 20)
        #expect(notes.allSatisfy { $0.severity == .note })
    }

    @Test func hasTheThirteenWindowsOfTheSeedTable() {
        let expected: [(Int, String, [String])] = [
            (1, "学生日常事务", ["学生工作处"]), (2, "学生资助", ["学生工作处"]),
            (3, "学生保险", ["离退休工作处", "校医院"]), (4, "招生就业", ["招生就业处"]),
            (5, "教学服务", ["教务处"]), (6, "学籍事务", ["教务处"]), (7, "户籍与安保", ["保卫处"]),
            (8, "党团事务", ["校团委"]), (9, "网络服务", ["现代教育技术中心"]),
            (10, "校园一卡通", ["现代教育技术中心"]), (11, "维修服务", ["后勤处"]), (12, "财务服务", ["财务处"]),
            (13, "投诉与建议", ["校办（阳光服务中心）"]),
        ]
        let catalog = Self.result.catalog
        #expect(catalog.windows.count == 13)
        for (number, name, departments) in expected {
            let window = catalog.window(number: number)
            #expect(window?.name == name, "window \(number)")
            #expect(
                window?.departments.compactMap { catalog.department($0.id)?.name } == departments, "window \(number)")
        }
    }

    @Test func everyServiceHasWordsStudentsUseAndABasis() {
        let catalog = Self.result.catalog
        #expect(catalog.services.count >= 45)
        for service in catalog.services {
            #expect(service.keywords.count >= 5, "\(service.id) has few keywords")
            #expect(!service.basis.isEmpty, "\(service.id) has no basis")
            #expect(catalog.window(offering: service.id) != nil, "\(service.id) has no window")
        }
    }

    @Test func studentIDReplacementFollowsTheSourceInFull() throws {
        let catalog = Self.result.catalog
        let service = try #require(catalog.services.first { $0.name == "学生证补办" })
        #expect(service.steps.count == 5)
        #expect(service.timeLimit == .workingDays(5))
        #expect(catalog.window(offering: service.id)?.number == 1)
        let roles = Set(service.steps.map(\.role.id))
        #expect(roles.isSuperset(of: ["clerk", "deputy"]))
        let produce = try #require(service.steps.first { $0.separateFrom.contains { $0.id == "verify" } })
        #expect(produce.id != "verify")
        let fee = try #require(service.fees.first)
        #expect(fee.approval.count == 2)
        #expect(fee.approval.first?.role.id == "deputy" && fee.approval.first?.below != nil)
        #expect(fee.approval.last?.role.id == "director" && fee.approval.last?.below == nil)
    }

    @Test func identityRegistrationFormIsDefinedOnce() {
        let catalog = Self.result.catalog
        let forms = catalog.materials.filter { $0.name.contains("学生身份信息登记表") }
        #expect(forms.count == 1)
        #expect(forms.first.map { !$0.defects.isEmpty } == true)
    }

    @Test func calendarCoversTheReferenceYears() {
        let years = Self.result.catalog.calendars.first { $0.id == "cn-national" }?.years.map(\.year).sorted()
        #expect(years == [2024, 2025, 2026])
    }
}
