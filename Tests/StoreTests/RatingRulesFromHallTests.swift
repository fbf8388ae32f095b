import Catalog
import Foundation
import Store
import Testing

/// The ledger reads its rating rules from the hall's file: a hall with 整改 in 15 working days
/// moves the deadline across National Day on the real calendar; its reasons and satisfied
/// levels are the ones the ratings and the 满意率 use.
@Suite struct RatingRulesFromHallTests {
    /// The shipped catalog with `hall.yaml` edited.
    static func catalog(_ edit: (String) -> String) throws -> Catalog {
        let shipped = try CatalogSource.directory(LedgerFixture.repository.appendingPathComponent("catalog").path)
        let files = shipped.files.map { file in
            guard file.relativePath == "hall.yaml" else { return file }
            var file = file
            file.data = Data(edit(String(decoding: file.data, as: UTF8.self)).utf8)
            return file
        }
        let result = CatalogLoader.load(CatalogSource(files: files))
        #expect(result.diagnostics.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        return result.catalog
    }

    static func ledger(_ catalog: Catalog, in folder: URL) throws -> Ledger {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("onestop.sqlite").path
        return try Ledger(database: AppDatabase(path: path), catalog: catalog, clock: .fixed(LedgerFixture.now))
    }

    /// A case completed 2026-09-28 at window 1, rated `level` on Wednesday 2026-09-30.
    static func rated(_ ledger: Ledger, level: String, reasons: [String] = []) throws -> RatingRecord {
        let record = try ledger.accept(
            AcceptRequest(
                service: "student-id-replacement", window: 1, studentNumber: "2021040123",
                at: LedgerFixture.at("2026-09-28T09:30"), by: "w01-a"))
        let id = try #require(record.id)
        _ = try ledger.complete(id, at: LedgerFixture.at("2026-09-28T11:00"), by: "w01-a")
        return try ledger.rate(
            RatingRequest(
                caseId: id, digits: "0123", level: level, reasons: reasons, comment: nil, channel: .online,
                at: LedgerFixture.at("2026-09-30T10:00")))
    }

    @Test func rectificationInFifteenWorkingDaysMovesTheDeadlineAcrossNationalDay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifteen = try Self.catalog {
            $0.replacingOccurrences(of: "rectification: {working_days: 5}", with: "rectification: {working_days: 15}")
        }
        #expect(fifteen.ratingRules.rectificationWorkingDays == 15)
        let ledger = try Self.ledger(fifteen, in: folder.appendingPathComponent("fifteen"))
        _ = try Self.rated(ledger, level: "不满意", reasons: ["等候时间"])
        // 10-01..10-07 closed, 10-10 a make-up working day: the 15th working day is 10-27.
        let report = try ledger.overdue(asOf: CivilDate("2026-10-28")!)
        let rectification = try #require(report.items.first { $0.kind == .ratingRectification })
        #expect(rectification.due == "2026-10-27")
        #expect(try ledger.overdue(asOf: CivilDate("2026-10-27")!).items.allSatisfy { $0.kind != .ratingRectification })

        let shipped = try Self.ledger(LedgerFixture.catalog, in: folder.appendingPathComponent("five"))
        _ = try Self.rated(shipped, level: "不满意")
        let five = try shipped.overdue(asOf: CivilDate("2026-10-28")!)
        #expect(five.items.first { $0.kind == .ratingRectification }?.due == "2026-10-13")
    }

    @Test func theHallsReasonsAndSatisfiedLevelsAreTheOnesUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let strict = try Self.catalog {
            $0.replacingOccurrences(of: "satisfied_levels: [非常满意, 满意, 基本满意]", with: "satisfied_levels: [非常满意, 满意]")
                .replacingOccurrences(of: "等候时间, 其他]", with: "等候时间, 排队太久, 其他]")
        }
        let ledger = try Self.ledger(strict, in: folder)
        _ = try Self.rated(ledger, level: "基本满意", reasons: ["排队太久"])
        let figures = try ledger.qualityFigures(from: CivilDate("2026-09-01")!, through: CivilDate("2026-09-30")!)
        #expect(figures[1]?.ratingCount == 1 && figures[1]?.satisfiedRatings == 0)
        #expect(figures[1]?.rate(named: "satisfaction_rate") == 0)
        let shipped = try Self.ledger(LedgerFixture.catalog, in: folder.appendingPathComponent("shipped"))
        let error = #expect(throws: LedgerError.self) { _ = try Self.rated(shipped, level: "满意", reasons: ["排队太久"]) }
        #expect(error?.code == .unknownRatingReason)
        _ = try Self.rated(shipped, level: "基本满意")
        let counted = try shipped.qualityFigures(from: CivilDate("2026-09-01")!, through: CivilDate("2026-09-30")!)
        #expect(counted[1]?.satisfiedRatings == 1)
    }
}
