import ArgumentParser
import Assessment
import Catalog
import Hall
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

    @Option(name: .long, help: "考核期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。", transform: PeriodArgument.parse)
    var period: Period

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
        if publish && correct { throw ValidationError("--publish 与 --correct 只能选一个") }
        // A blank reason is refused by the library; here only the missing option.
        if correct && reason == nil { throw ValidationError("更正须写明原因：--reason 原因") }
        if correct && ledgerOptions.by == nil { throw ValidationError("更正须写明由哪位主任更正：--by 姓名") }
        if reason != nil && !correct { throw ValidationError("--reason 只用于 --correct") }
        if yes && !publish && !correct { throw ValidationError("--yes 只用于 --publish 或 --correct") }
    }

    var action: PeriodScoring.Action {
        if publish { return .publish }
        if correct { return .correct(reason: reason ?? "") }
        return .score
    }

    func run() throws {
        let ledger = try ledgerOptions.ledger()
        let scoring = PeriodScoring(
            ledger: ledger, rules: try rules.load(), catalogFingerprint: try ledgerOptions.catalog.source().fingerprint)
        let request = PeriodScoring.Request(scheme: scheme, period: period, action: action, traces: format == .json)
        let at = time.time(ledger)
        if action != .score && !yes {
            let preview = try ledgerOptions.attempt { () throws(LedgerError) in try scoring.preview(request, at: at) }
            Terminal.write(preview.masked(by: try mask(ledger)).rendered(as: format))
            Terminal.error(
                publish
                    ? "以上是将要发布并固定的 \(scheme) \(period) 结果，发布后不再改变；确认无误请加 --yes 发布（尚未发布）"
                    : "以上是更正后的 \(scheme) \(period) 结果，原发布结果将保留；确认请加 --yes（尚未更正）")
            throw ExitCode.failure
        }
        let outcome = try ledgerOptions.attempt { () throws(LedgerError) in
            try scoring.commit(request, at: at, by: ledgerOptions.actor)
        }
        if let announcement = outcome.announcement { Terminal.error(announcement) }
        Terminal.write(outcome.scored.masked(by: try mask(ledger)).rendered(as: format))
    }

    /// Events' notes may name a student: masked unless `--unmask` gives a reason.
    func mask(_ ledger: Ledger) throws -> PersonalDataMask {
        try ledgerOptions.mask(ledger, .score, subject: "\(scheme) \(period)")
    }
}
