import Foundation
import Testing

/// `onestop route`: words without quotes, the query-set evaluation, and the misses report.
@Suite struct RouteCommandTests {
    @Test func pinyinWithoutQuotesIsOneQuestion() throws {
        let output = try CommandRunner.run(["route", "fanka", "guashi"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("1. 一卡通挂失"), "\(output.stdout)")
        #expect(output.stdout.contains("把握："))
        let json = try CommandRunner.json(try CommandRunner.run(["route", "--format", "json", "饭卡丢了"]).stdout)
        #expect(["high", "medium", "low"].contains(json["confidence"] as? String ?? ""))
        #expect(json["confidence_label"] as? String != nil)
    }

    @Test func evalPrintsTheFiguresAndRefusesABadSet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-route-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("set.yaml")
        try """
        - {text: 饭卡丢了, expect: campus-card-loss-report, style: colloquial}
        - {text: 想去图书馆借书, expect: outside, office: 图书馆, style: outside}
        """.write(to: good, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["route", "eval", good.path, "--misses"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("首选正确（top-1）：100.0%（2/2）"), "\(output.stdout)")
        let bad = folder.appendingPathComponent("bad.yaml")
        try "- {text: 饭卡丢了, expect: no-such-service}\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["route", "eval", bad.path])
        #expect(refused.status == 1 && refused.stdout.contains("bad.yaml:1:3"), "\(refused.stdout)")
    }

    @Test func missesOnAnEmptyLogSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "onestop-misses-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("onestop.sqlite").path
        let output = try CommandRunner.run(["route", "misses", "--period", "2026-10", "--db", db])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("没有未命中的问题") && output.stdout.contains("目录不会自动修改"))
    }
}
