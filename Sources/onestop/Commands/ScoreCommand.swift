import ArgumentParser
import Assessment
import Catalog
import Foundation
import Store

extension ScoreFormat: ExpressibleByArgument {}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "按考核方案为各窗口计分排名（红旗窗口、整顿），每一分都可追溯；--publish 发布后不再改变。")

    @OptionGroup var ledgerOptions: DatabaseOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var time: AtOption

    @Option(name: .long, help: "考核方案 id，如 wulong-monthly。")
    var scheme: String

    @Option(name: .long, help: "考核期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。")
    var period: String

    @Option(name: .long, help: "text、json、csv 或 html。")
    var format: ScoreFormat = .text

    @Flag(name: .long, help: "发布并固定本期结果（考核期结束后才能发布）；先显示将固定的内容，加 --yes 才发布。")
    var publish = false

    @Flag(name: .long, help: "主任更正已发布的结果：按现有记录重新计算，原发布结果保留；须写 --reason 和 --by。")
    var correct = false

    @Option(name: .long, help: "更正的原因（与 --correct 一起用）。")
    var reason: String?

    @Flag(name: .long, help: "确认发布或更正，不再只显示预览。")
    var yes = false

    func validate() throws {
        guard Period(period) != nil else {
            throw ValidationError("“\(period)”不是有效的考核期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2")
        }
        if publish && correct { throw ValidationError("--publish 与 --correct 只能选一个") }
        if correct && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("更正须写明原因：--reason 原因")
        }
        if correct && ledgerOptions.by == nil { throw ValidationError("更正须写明由哪位主任更正：--by 姓名") }
        if reason != nil && !correct { throw ValidationError("--reason 只用于 --correct") }
        if yes && !publish && !correct { throw ValidationError("--yes 只用于 --publish 或 --correct") }
    }

    func run() throws {
        let ledger = try ledgerOptions.ledger()
        let desk = ScoreDesk(
            ledger: ledger, rules: try rules.load(), catalogFingerprint: try ledgerOptions.catalog.source().fingerprint)
        let period = Period(period)!
        let actor = ledgerOptions.actor
        let at = time.time(ledger)
        if publish || correct {
            let preview = try ledgerOptions.attempt { () throws(LedgerError) in
                publish
                    ? try desk.preparePublication(scheme: scheme, period: period, at: at)
                    : try desk.prepareCorrection(scheme: scheme, period: period)
            }
            guard yes else {
                Terminal.write(preview.masked(by: try mask(ledger)).rendered(as: format))
                Terminal.error(
                    publish
                        ? "以上是将要发布并固定的 \(scheme) \(period) 结果，发布后不再改变；确认无误请加 --yes 发布（尚未发布）"
                        : "以上是更正后的 \(scheme) \(period) 结果，原发布结果将保留；确认请加 --yes（尚未更正）")
                throw ExitCode.failure
            }
            let done = try ledgerOptions.attempt { () throws(LedgerError) in
                publish
                    ? try desk.publish(scheme: scheme, period: period, at: at, by: actor)
                    : try desk.correct(scheme: scheme, period: period, at: at, by: actor, reason: reason ?? "")
            }
            Terminal.error(
                publish
                    ? "已发布 \(scheme) \(period)（\(at)，\(actor)），此后结果不再改变"
                    : "已更正 \(scheme) \(period)（\(at)，\(actor)：\(reason ?? "")），原发布结果仍保留")
            Terminal.write(done.masked(by: try mask(ledger)).rendered(as: format))
            return
        }
        let scored = try ledgerOptions.attempt { () throws(LedgerError) in
            try desk.score(scheme: scheme, period: period)
        }
        Terminal.write(scored.masked(by: try mask(ledger)).rendered(as: format))
    }

    /// Events' notes may name a student: masked unless `--unmask` gives a reason.
    func mask(_ ledger: Ledger) throws -> PersonalDataMask {
        try ledgerOptions.mask(ledger, .score, subject: "\(scheme) \(period)")
    }
}
